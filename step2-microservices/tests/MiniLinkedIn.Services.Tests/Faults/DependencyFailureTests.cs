using System.Net;
using System.Net.Http.Json;
using MiniLinkedIn.NotificationService;
using MiniLinkedIn.PostService;
using MiniLinkedIn.Services.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.UserService;

namespace MiniLinkedIn.Services.Tests.Faults;

/// <summary>What a service does when another one is down: a 503 problem, tokens still valid, nothing lost.</summary>
public sealed class DependencyFailureTests
{
    [Test]
    public async Task Announcing_a_post_answers_503_while_the_post_service_is_down()
    {
        using var notification = new ServiceFactory<NotificationServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>
        {
            [PeerClients.Jwks] = () => StepTwo.User.Server.CreateHandler(),
            [PeerClients.PostDirectory] = () => new DownHandler(),
        });
        var author = await StepTwo.SessionAtAsync(notification);

        var response = await author.Client.PostAsJsonAsync("/api/notification", new { postId = "6b0c1719bd1e90f4e171af55" });

        var problem = await Api.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.That(problem.Detail, Does.Contain("post service"));
        Assert.That(response.Headers.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task Tokens_issued_before_keep_working_while_the_user_service_is_down()
    {
        var userService = new ServiceFactory<UserServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>());
        var userUp = true;
        using var notification = new ServiceFactory<NotificationServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>
        {
            [PeerClients.Jwks] = () => new ForwardingHandler(() => userUp ? userService.Server.CreateHandler() : new DownHandler()),
        });
        var session = await new Api(userService).NewSessionAsync();
        var client = new Api(notification).WithToken(session.Token);
        Assert.That((await client.GetAsync("/api/notification")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        userUp = false;
        userService.Dispose();

        Assert.That((await client.GetAsync("/api/notification")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stranger = await new Api(StepTwo.User).NewSessionAsync();
        await Api.ProblemAsync(await new Api(notification).WithToken(stranger.Token).GetAsync("/api/notification"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_signed_with_a_new_key_is_accepted_once_its_key_is_fetched()
    {
        using var before = new ServiceFactory<UserServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>());
        using var after = new ServiceFactory<UserServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>());
        var current = before;
        using var post = new ServiceFactory<PostServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>
        {
            [PeerClients.Jwks] = () => new ForwardingHandler(() => current.Server.CreateHandler()),
            [PeerClients.NotificationInbox] = () => new DownHandler(),
        });
        _ = post.Server;

        current = after;
        var session = await new Api(after).NewSessionAsync();
        var client = new Api(post).WithToken(session.Token);

        // The unknown key id makes the service fetch the keys again (at most every few seconds).
        var accepted = await Eventually.GetAsync(
            async () => (await client.GetAsync("/api/post")).StatusCode == HttpStatusCode.OK ? "accepted" : null,
            "the token with the new key to be accepted",
            TimeSpan.FromSeconds(30));
        Assert.That(accepted, Is.EqualTo("accepted"));
    }

    [Test]
    public async Task Posts_made_while_the_notification_service_is_down_are_each_notified_once_when_it_is_back()
    {
        var outage = new DownHandler();
        var notificationUp = false;
        using var post = new ServiceFactory<PostServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>
        {
            [PeerClients.Jwks] = () => StepTwo.User.Server.CreateHandler(),
            [PeerClients.NotificationInbox] = () => new ForwardingHandler(() => notificationUp ? StepTwo.Notification.Server.CreateHandler() : outage),
        });
        var author = await StepTwo.SessionAtAsync(post, "author");
        var reader = await StepTwo.SessionAtAsync(StepTwo.Notification, "reader");
        var posts = new List<Post>();
        for (var i = 0; i < 5; i++)
        {
            posts.Add(await Api.PostTextAsync(author, $"during the outage {i}"));
        }

        await Eventually.UntilAsync(() => Task.FromResult(outage.Refused), refused => refused >= 2, "deliveries tried, refused and tried again during the outage");
        var notifiedDuringOutage = (await Api.NotificationsAsync(reader, "?limit=100")).Items.Select(n => n.PostId).Intersect(posts.Select(p => p.Id));
        Assert.That(notifiedDuringOutage, Is.Empty, "nothing notified during the outage");
        notificationUp = true;

        foreach (var created in posts)
        {
            await Api.NotificationOfAsync(reader, created.Id);
        }

        var all = (await Api.NotificationsAsync(reader, "?limit=100")).Items.Where(n => posts.Any(p => p.Id == n.PostId)).ToList();
        Assert.That(all.Select(n => n.PostId), Is.EquivalentTo(posts.Select(p => p.Id)));
    }
}
