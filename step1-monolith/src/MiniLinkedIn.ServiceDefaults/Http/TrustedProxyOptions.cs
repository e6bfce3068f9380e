namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>Which reverse proxies (the gateway) may tell a service the client's address and scheme.</summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Comma-separated CIDR networks, e.g. <c>127.0.0.1/32</c>. Empty: no X-Forwarded-* header is honoured.</summary>
    public string TrustedNetworks { get; set; } = "";
}
