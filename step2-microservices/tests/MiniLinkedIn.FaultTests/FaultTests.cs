using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.FaultTests;

/// <summary>
/// Processes of the running system die (SIGKILL) while clients use it through the gateway, locally or in
/// containers (<see cref="RunningSystem"/>). The tests kill things, so they run one at a time, against a
/// system of their own; in any order: each starts on a ready system and leaves it ready, with whatever it
/// killed running again.
/// </summary>
[NonParallelizable]
public sealed class FaultTests
{
    private RunningSystem system = null!;
    private Api api = null!;

    [OneTimeSetUp]
    public void Connect()
    {
        system = RunningSystem.FromEnvironment();
        api = new Api(system);
    }

    [SetUp]
    public Task EveryServiceIsReady() => system.WaitUntilReadyAsync();

    [Test]
    public async Task A_problem_s_trace_id_finds_the_request_in_the_gateway_log_and_in_every_service_it_touched()
    {
        var author = await api.NewSessionAsync("tracer");

        // The notification service asks the post service about the post: two services, one request.
        var response = await author.Client.PostAsJsonAsync("/api/notification", new { postId = "6b0c1719bd1e90f4e171af55" });
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var traceId = problem!["traceId"].ToString()!;
        Assert.That(traceId, Does.Match("^[0-9a-f]{32}$"));

        foreach (var name in new[] { "gateway", "notification", "post" })
        {
            await Eventually.GetAsync(() => system.Processes.LogLineContainingAsync(name, traceId), $"{traceId} in the log of {name}");
        }
    }

    [Test]
    public async Task Internal_endpoints_are_404_through_the_gateway_and_401_without_the_credential()
    {
        var post = (await system.Processes.OfAsync("post"))[0];

        await Api.ProblemAsync(await api.Anonymous().GetAsync("/internal/posts/6b0c1719bd1e90f4e171af55"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await system.Processes.GetDirectAsync(post, "/internal/posts/6b0c1719bd1e90f4e171af55"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Reading_the_feed_costs_no_failed_read_when_a_post_replica_crashes()
    {
        var reader = await api.NewSessionAsync("reader");
        var replicas = await system.Processes.OfAsync("post");
        Assert.That(replicas, Has.Count.GreaterThanOrEqualTo(2), "run with --replicas 2 or more");
        var statuses = new List<HttpStatusCode>();
        var clock = Stopwatch.StartNew();

        var readers = Enumerable.Range(0, 4).Select(async _ =>
        {
            using var client = api.WithToken(reader.Token);
            while (clock.Elapsed < TimeSpan.FromSeconds(8))
            {
                var status = (await client.GetAsync("/api/post?limit=5")).StatusCode;
                lock (statuses)
                {
                    statuses.Add(status);
                }
            }
        }).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2));
        RunningSystem.Kill(replicas[0]);
        await Task.WhenAll(readers);

        Assert.That(statuses, Has.Count.GreaterThan(20));
        Assert.That(statuses.Where(s => s != HttpStatusCode.OK), Is.Empty, $"{statuses.Count} reads");
        await system.Processes.RestartedAsync(replicas[0]);
        await system.WaitUntilReadyAsync();
    }

    [Test]
    public async Task With_the_user_service_down_tokens_keep_working_and_login_is_a_503_problem()
    {
        var session = await api.NewSessionAsync("while-user-down");
        await using (await system.TakeDownAsync("user"))
        {
            using var client = api.WithToken(session.Token);
            Assert.That((await client.GetAsync("/api/post")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await client.GetAsync("/api/notification")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await client.PostAsJsonAsync("/api/post", new { text = "posted while the user service is down" })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
            await Api.ProblemAsync(await api.LoginAsync(session.User.Email), HttpStatusCode.ServiceUnavailable);
        }

        Assert.That((await api.LoginAsync(session.User.Email)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Posts_made_while_the_notification_service_is_down_are_each_notified_exactly_once()
    {
        var author = await api.NewSessionAsync("author");
        var reader = await api.NewSessionAsync("reader");
        var posts = new List<Post>();
        await using (await system.TakeDownAsync("notification"))
        {
            for (var i = 0; i < 10; i++)
            {
                posts.Add(await Api.PostTextAsync(author, $"posted during the notification outage {i}"));
            }
        }

        foreach (var post in posts)
        {
            await Api.NotificationOfAsync(reader, post.Id);
        }

        var ofThesePosts = (await Api.NotificationsAsync(reader, "?limit=100")).Items.Where(n => posts.Any(p => p.Id == n.PostId)).ToList();
        Assert.That(ofThesePosts.Select(n => n.PostId), Is.EquivalentTo(posts.Select(p => p.Id)), "one notification per post, none missing, none doubled");
    }

    [Test]
    public async Task A_spoofed_X_Forwarded_For_does_not_escape_the_per_client_login_limit()
    {
        var client = api.Anonymous();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 200 && refused is null; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/login")
            {
                Content = JsonContent.Create(new { email = Api.NewEmail("spoofer"), password = Api.Password }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i % 250}");
            var response = await client.SendAsync(request);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.That(refused, Is.Not.Null, "every attempt came from one client, whatever it claimed");
        // This client (every test's) may log in again once its window ends: the other tests need that.
        var wait = refused!.Headers.RetryAfter?.Delta;
        Assert.That(wait, Is.Not.Null, "the 429 says how long to wait");
        await Task.Delay(wait!.Value + TimeSpan.FromSeconds(1));
        await api.NewSessionAsync("after-the-window");
    }
}
