namespace MiniLinkedIn.ServiceCalls;

/// <summary>Base URLs of the other services (step 2 only; the monolith calls its modules in-process).</summary>
public sealed class ServiceUrlsOptions
{
    public const string Section = "ServiceUrls";

    public Uri? Users { get; set; }

    public Uri? Posts { get; set; }

    public Uri? Notifications { get; set; }
}
