using MiniLinkedIn.ServiceCalls;

namespace MiniLinkedIn.Services.Tests.Infrastructure;

/// <summary>The HttpClient names through which a service calls the others, and their shared credential.</summary>
public static class PeerClients
{
    public const string Jwks = SigningKeysFromUserServiceExtensions.JwksClientName;

    public const string PostDirectory = "IPostDirectory";

    public const string NotificationInbox = "INotificationInbox";

    public const string InternalKey = "test-internal-api-key-0123456789";
}
