using MiniLinkedIn.NotificationService;
using MiniLinkedIn.PostService;
using MiniLinkedIn.Services.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.UserService;

// In the root namespace of the tests: a SetUpFixture serves the tests of its namespace and below.
namespace MiniLinkedIn.Services.Tests;

/// <summary>The three services in memory, calling each other over (in-memory) HTTP, as in step 2.</summary>
[SetUpFixture]
public sealed class StepTwo
{
    private static ServiceFactory<UserServiceEntryPoint>? user;
    private static ServiceFactory<PostServiceEntryPoint>? post;
    private static ServiceFactory<NotificationServiceEntryPoint>? notification;

    public static ServiceFactory<UserServiceEntryPoint> User => user ?? throw NotStarted();

    public static ServiceFactory<PostServiceEntryPoint> Post => post ?? throw NotStarted();

    public static ServiceFactory<NotificationServiceEntryPoint> Notification => notification ?? throw NotStarted();

    /// <summary>A user of the user service whose client is pointed at <paramref name="service"/>.</summary>
    public static async Task<Session> SessionAtAsync(IApiHost service, string name = "user")
    {
        var session = await new Api(User).NewSessionAsync(name);
        return session with { Client = new Api(service).WithToken(session.Token) };
    }

    [OneTimeSetUp]
    public void Start()
    {
        user = new ServiceFactory<UserServiceEntryPoint>(peers: new Dictionary<string, Func<HttpMessageHandler>>());
        notification = new ServiceFactory<NotificationServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>
        {
            [PeerClients.Jwks] = () => User.Server.CreateHandler(),
            [PeerClients.PostDirectory] = () => new ForwardingHandler(() => Post.Server.CreateHandler()),
        });
        post = new ServiceFactory<PostServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>
        {
            [PeerClients.Jwks] = () => User.Server.CreateHandler(),
            [PeerClients.NotificationInbox] = () => Notification.Server.CreateHandler(),
        });
        _ = User.Server;
        _ = Notification.Server;
        _ = Post.Server;
    }

    [OneTimeTearDown]
    public void Stop()
    {
        post?.Dispose();
        notification?.Dispose();
        user?.Dispose();
    }

    private static InvalidOperationException NotStarted() => new("The services are not started.");
}
