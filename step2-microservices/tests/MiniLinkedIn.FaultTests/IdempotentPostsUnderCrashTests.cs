using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.FaultTests;

/// <summary>
/// Clients post through the gateway, each post with an Idempotency-Key, while the post replicas are
/// SIGKILLed one after the other. A client that gets no definite answer (no response, 502, 503,
/// 504) sends the same request with the same key again. Every intended post must then exist
/// exactly once, every client must have its answer, and every post must get exactly one notification.
/// </summary>
[NonParallelizable]
public sealed class IdempotentPostsUnderCrashTests
{
    private const int Authors = 4;
    private const int ClientsPerAuthor = 2;
    private static readonly TimeSpan PostingTime = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(60);

    // A few posts a second per client keep writes in flight at every crash, while the deliveries that
    // follow stay within what the stand-in (a full scan per write) does in the wait below.
    private static readonly TimeSpan PauseBetweenPosts = TimeSpan.FromMilliseconds(250);

    [Test]
    public async Task Every_intended_post_exists_exactly_once_with_one_notification_when_post_replicas_crash()
    {
        var system = RunningSystem.FromEnvironment();
        await system.WaitUntilReadyAsync();
        var api = new Api(system);
        var authors = new List<Session>();
        for (var i = 0; i < Authors; i++)
        {
            authors.Add(await SignUpAsync(api, $"keyed-{i}"));
        }

        var reader = await SignUpAsync(api, "keyed-reader");
        var replicas = await system.Processes.OfAsync("post");
        Assert.That(replicas, Has.Count.GreaterThanOrEqualTo(2), "run with --replicas 2 or more");

        var outcomes = new ConcurrentBag<Outcome>();
        var clock = Stopwatch.StartNew();
        var clients = authors.SelectMany(author => Enumerable.Range(0, ClientsPerAuthor).Select(c => PostUntilTimeIsUpAsync(api, author, $"c{c}", clock, outcomes))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));
        RunningSystem.Kill(replicas[0]);
        await Task.Delay(TimeSpan.FromSeconds(5));
        RunningSystem.Kill((await system.Processes.OfAsync("post")).Single(p => p.Replica == replicas[1].Replica));
        await Task.WhenAll(clients);
        await system.Processes.RestartedAsync(replicas[1]);
        await system.WaitUntilReadyAsync();

        var intended = outcomes.ToList();
        var created = intended.Where(o => o.Post is not null).ToList();
        var stored = await StoredPostsAsync(reader, authors);
        // Hundreds of deliveries after two crashes (claims held by a killed replica wait out their lease)
        // on a stand-in that scans whole collections: probed gently, as each probe reads every page.
        var notified = new List<Notification>();
        await Eventually.UntilAsync(
            async () =>
            {
                notified = await NotificationsOfAsync(reader, stored);
                if (notified.Count < stored.Count)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }

                return new DeliveryProgress(notified.Count, stored.Count);
            },
            progress => progress.Notified >= progress.Stored,
            "a notification of every stored post",
            TimeSpan.FromSeconds(120));
        await TestContext.Progress.WriteLineAsync(
            $"keyed posts under crashes: {intended.Count} intended, {stored.Count} stored, {intended.Count - created.Count} without a 201, " +
            $"{intended.Sum(o => o.Attempts - 1)} retries by the clients, {notified.Count} notifications");

        Assert.That(intended, Has.Count.GreaterThan(20));
        Assert.That(intended.Where(o => o.Post is null).Select(o => $"{o.Text}: {o.LastAnswer}"), Is.Empty, "every client got a definite answer: its post");
        Assert.That(stored.Select(p => p.Text), Is.EquivalentTo(intended.Select(o => o.Text)), "every intended post stored exactly once");
        Assert.That(created.Select(o => o.Post!.Id), Is.EquivalentTo(stored.Select(p => p.Id)), "each answer names the stored post");
        Assert.That(notified.Select(n => n.PostId), Is.EquivalentTo(stored.Select(p => p.Id)), "exactly one notification per post");
    }

    /// <summary>One client: post after post until the posting time is up, each retried with its key until a definite answer.</summary>
    private static async Task PostUntilTimeIsUpAsync(Api api, Session author, string client, Stopwatch clock, ConcurrentBag<Outcome> outcomes)
    {
        using var http = api.WithToken(author.Token);
        for (var i = 0; clock.Elapsed < PostingTime; i++)
        {
            var outcome = new Outcome($"{author.User.Email} {client} post {i}");
            var key = IdempotentWrites.NewKey();
            var deadline = clock.Elapsed + AnswerDeadline;
            while (outcome.Post is null && clock.Elapsed < deadline)
            {
                outcome.Attempts++;
                try
                {
                    using var response = await IdempotentWrites.PostTextAsync(http, outcome.Text, key);
                    outcome.LastAnswer = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        outcome.Post = await Api.ReadAsync<Post>(response, HttpStatusCode.Created);
                    }
                    else if (response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                    {
                        break; // a definite answer that is not the post: the assertions report it
                    }
                }
                catch (HttpRequestException ex)
                {
                    outcome.LastAnswer = ex.Message;
                }
                catch (TaskCanceledException)
                {
                    outcome.LastAnswer = "timeout";
                }

                if (outcome.Post is null)
                {
                    await Task.Delay(200);
                }
            }

            outcomes.Add(outcome);
            await Task.Delay(PauseBetweenPosts);
        }
    }

    /// <summary>The authors' posts as another user's feed shows them, every page.</summary>
    private static async Task<List<Post>> StoredPostsAsync(Session reader, List<Session> authors)
    {
        var ids = authors.Select(a => a.User.Id).ToHashSet();
        var posts = new List<Post>();
        string? cursor = null;
        do
        {
            var page = await Api.ReadAsync<PostPage>(
                await reader.Client.GetAsync("/api/post?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))), HttpStatusCode.OK);
            posts.AddRange(page.Items.Where(p => ids.Contains(p.Author.Id)));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return posts;
    }

    private static async Task<List<Notification>> NotificationsOfAsync(Session reader, List<Post> posts)
    {
        var ids = posts.Select(p => p.Id).ToHashSet();
        var notifications = new List<Notification>();
        string? cursor = null;
        do
        {
            var page = await Api.NotificationsAsync(reader, "?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            notifications.AddRange(page.Items.Where(n => ids.Contains(n.PostId)));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return notifications;
    }

    /// <summary>Registers and logs in; the other fault tests may have used up the per-client login limit, so a 429 waits its Retry-After.</summary>
    private static async Task<Session> SignUpAsync(Api api, string name)
    {
        var email = Api.NewEmail(name);
        (await api.RegisterAsync(email)).EnsureSuccessStatusCode();
        while (true)
        {
            var login = await api.LoginAsync(email);
            if (login.StatusCode != HttpStatusCode.TooManyRequests)
            {
                var answer = await Api.ReadAsync<LoginResponse>(login, HttpStatusCode.OK);
                return new Session(answer.User, answer.AccessToken) { Client = api.WithToken(answer.AccessToken) };
            }

            await Task.Delay(login.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
        }
    }

    private sealed record DeliveryProgress(int Notified, int Stored);

    private sealed class Outcome(string text)
    {
        public string Text { get; } = text;

        public int Attempts { get; set; }

        public Post? Post { get; set; }

        public string LastAnswer { get; set; } = "none";
    }
}
