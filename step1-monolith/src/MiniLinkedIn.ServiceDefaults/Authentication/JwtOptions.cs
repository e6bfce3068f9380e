namespace MiniLinkedIn.ServiceDefaults.Authentication;

/// <summary>Token settings shared by the issuer (Users) and every validating host.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "mini-linkedin";

    public string Audience { get; set; } = "mini-linkedin";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Allowed clock difference between issuer and validator; capped at 30 s.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
