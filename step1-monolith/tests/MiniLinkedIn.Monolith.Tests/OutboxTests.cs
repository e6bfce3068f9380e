using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Notifications.Api;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Posts.Outbox;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MongoDB.Bson;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>A post is never lost when the notifications side is down; it is delivered once it is back.</summary>
public sealed class OutboxTests
{
    [Test]
    public async Task Post_survives_a_failing_inbox_and_its_notification_arrives_once_after_recovery()
    {
        var inbox = new SwitchableInbox();
        using var factory = new MonolithFactory(services: inbox.ReplaceIn);
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");

        inbox.Down = true;
        var post = await Api.PostTextAsync(ada, "written while notifications are down");
        await Eventually.GetAsync(async () => inbox.FailedAttempts >= 3 ? inbox : null, "three failed deliveries");
        Assert.That((await Api.NotificationsAsync(bob, "?limit=100")).Items.Select(n => n.PostId), Does.Not.Contain(post.Id));
        Assert.That((await bob.Client.GetAsync($"/api/post/{post.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        inbox.Down = false;
        await Api.NotificationOfAsync(bob, post.Id);
        await AssertNothingLeftToDeliverAsync(factory);

        Assert.That(inbox.SuccessfulAttempts, Is.EqualTo(1), "delivered once");
        Assert.That((await Api.NotificationsAsync(bob, "?limit=100")).Items.Count(n => n.PostId == post.Id), Is.EqualTo(1));
    }

    [Test]
    public async Task Delivering_the_same_post_twice_keeps_one_notification()
    {
        using var factory = new MonolithFactory();
        var inbox = factory.Services.GetRequiredService<INotificationInbox>();
        var notice = new NewPostNotice(ObjectId.GenerateNewId().ToString(), "author", "author@example.com", "twice", DateTime.UtcNow);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => inbox.AcceptAsync([notice], CancellationToken.None)));

        Assert.That(receipts.Select(r => r.Single().NotificationId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(receipts.Count(r => r.Single().Created), Is.EqualTo(1));
        Assert.That(receipts.Select(r => r.Single().PostId), Is.All.EqualTo(notice.PostId));
    }

    [Test]
    public async Task Concurrent_batches_with_the_same_posts_create_one_notification_per_post()
    {
        using var factory = new MonolithFactory();
        var inbox = factory.Services.GetRequiredService<INotificationInbox>();
        var notices = Enumerable.Range(0, 50)
            .Select(i => new NewPostNotice(ObjectId.GenerateNewId().ToString(), "author", "author@example.com", $"post {i}", DateTime.UtcNow))
            .ToList();
        var batches = Enumerable.Range(0, 4).Select(_ => notices.OrderBy(_ => Random.Shared.Next()).ToList()).ToList();

        var receipts = await Task.WhenAll(batches.Select(batch => inbox.AcceptAsync(batch, CancellationToken.None)));

        for (var b = 0; b < batches.Count; b++)
        {
            Assert.That(receipts[b].Select(r => r.PostId), Is.EqualTo(batches[b].Select(n => n.PostId)), "receipts in the order of the notices");
        }

        var byPost = receipts.SelectMany(r => r).GroupBy(r => r.PostId).ToList();
        Assert.That(byPost, Has.Count.EqualTo(notices.Count));
        Assert.That(byPost.Select(g => g.Count(r => r.Created)), Is.All.EqualTo(1), "created exactly once");
        Assert.That(byPost.Select(g => g.Select(r => r.NotificationId).Distinct().Count()), Is.All.EqualTo(1), "one notification per post");
    }

    [Test]
    public async Task Two_claimers_at_once_never_get_the_same_post()
    {
        using var factory = new MonolithFactory(services: s => s.Remove(s.Single(d => !d.IsKeyedService && d.ImplementationType == typeof(NotificationOutboxDispatcher))));
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var posted = await PostManyAsync(ada, 200);
        var store = factory.Services.GetRequiredService<PostStore>();

        async Task<List<ObjectId>> ClaimAllAsync()
        {
            var mine = new List<ObjectId>();
            while ((await store.ClaimDueNotificationsAsync(DateTime.UtcNow, TimeSpan.FromMinutes(5), 25, CancellationToken.None)) is { Posts.Count: > 0 } claim)
            {
                mine.AddRange(claim.Posts.Select(p => p.Id));
            }

            return mine;
        }

        var claimed = await Task.WhenAll(ClaimAllAsync(), ClaimAllAsync());

        Assert.That(claimed[0].Intersect(claimed[1]), Is.Empty, "no post claimed by both");
        Assert.That(claimed[0].Concat(claimed[1]).Select(id => id.ToString()), Is.EquivalentTo(posted), "every post claimed once");
    }

    [Test]
    public async Task A_burst_of_posts_gets_one_notification_each_through_far_fewer_inbox_calls()
    {
        const int Posts = 300;
        var inbox = new SwitchableInbox { Held = true };
        using var factory = new MonolithFactory(services: s =>
        {
            inbox.ReplaceIn(s);
            // A second dispatcher, as a second post-service replica would run.
            s.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<NotificationOutboxDispatcher>(sp));
        });
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");

        // The first deliveries wait until the whole burst is accepted, as when posts arrive faster than delivery.
        var posted = await PostManyAsync(ada, Posts);
        inbox.Held = false;
        await Eventually.GetAsync(async () => inbox.Created >= Posts ? inbox : null, $"{Posts} notifications", TimeSpan.FromSeconds(60));

        var seen = await AllNotificationsAsync(bob);
        Assert.That(seen.Select(n => n.PostId), Is.EquivalentTo(posted), "each post exactly once");
        Assert.That(inbox.Created, Is.EqualTo(Posts));
        Assert.That(inbox.SuccessfulAttempts, Is.LessThanOrEqualTo(Posts / 10), "batched");
    }

    [Test]
    public async Task Posts_written_while_deliveries_fail_or_lose_their_answer_are_notified_exactly_once()
    {
        var inbox = new SwitchableInbox { Down = true };
        using var factory = new MonolithFactory(services: inbox.ReplaceIn);
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");

        var posted = await PostManyAsync(ada, 20);
        await Eventually.GetAsync(async () => inbox.FailedAttempts >= 2 ? inbox : null, "two failed deliveries");
        inbox.LoseAnswers = true; // the inbox stores them, but the dispatcher sees a failure
        inbox.Down = false;
        await Eventually.GetAsync(async () => inbox.Created >= posted.Count ? inbox : null, "the first stored deliveries");
        inbox.LoseAnswers = false;
        await Eventually.GetAsync(async () => inbox.Acknowledged.Count >= posted.Count ? inbox : null, "every delivery acknowledged");
        var callsAfterDelivery = inbox.Calls;
        await AssertNothingLeftToDeliverAsync(factory);

        Assert.That(inbox.Calls, Is.EqualTo(callsAfterDelivery));
        Assert.That(inbox.Created, Is.EqualTo(posted.Count));
        Assert.That((await AllNotificationsAsync(bob)).Select(n => n.PostId), Is.EquivalentTo(posted));
    }

    [Test]
    public async Task A_post_the_inbox_gives_no_receipt_for_is_delivered_again()
    {
        var inbox = new SwitchableInbox { ShortAnswers = true };
        using var factory = new MonolithFactory(services: inbox.ReplaceIn);
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");

        var post = await Api.PostTextAsync(ada, "answered without its receipt");
        await Eventually.GetAsync(async () => inbox.Calls >= 2 ? inbox : null, "a second delivery of the post whose receipt was missing");
        inbox.ShortAnswers = false;
        await Eventually.GetAsync(async () => inbox.Acknowledged.ContainsKey(post.Id) ? inbox : null, "the delivery acknowledged with its receipt");
        var callsAfterDelivery = inbox.Calls;
        await AssertNothingLeftToDeliverAsync(factory);

        Assert.That(inbox.Calls, Is.EqualTo(callsAfterDelivery));
        Assert.That((await AllNotificationsAsync(bob)).Count(n => n.PostId == post.Id), Is.EqualTo(1));
    }

    /// <summary>
    /// Nothing is delivered again: once the dispatcher's next claim has found nothing due (so the round
    /// that delivered has ended), not even a retry is left for later: a claim a century ahead finds nothing.
    /// </summary>
    private static async Task AssertNothingLeftToDeliverAsync(MonolithFactory factory)
    {
        await factory.Services.GetRequiredService<OutboxSignal>().NextIdle().WaitAsync(Eventually.DefaultTimeout);
        var store = factory.Services.GetRequiredService<PostStore>();
        var later = await store.ClaimDueNotificationsAsync(DateTime.UtcNow.AddYears(100), TimeSpan.FromMinutes(1), 100, CancellationToken.None);
        Assert.That(later.Posts.Select(p => p.Id), Is.Empty, "deliveries left in the outbox");
    }

    /// <returns>The post ids, posted 8 at a time.</returns>
    private static async Task<List<string>> PostManyAsync(Session author, int count)
    {
        var ids = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => ids.Add((await Api.PostTextAsync(author, $"burst {i}")).Id));
        return [.. ids];
    }

    private static async Task<List<Notification>> AllNotificationsAsync(Session reader)
    {
        var all = new List<Notification>();
        string? cursor = null;
        do
        {
            var page = await Api.NotificationsAsync(reader, "?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return all;
    }

    /// <summary>Wraps the real inbox: can fail before it (<see cref="Down"/>), after it (<see cref="LoseAnswers"/>), or hold calls back; counts what happens.</summary>
    private sealed class SwitchableInbox
    {
        private int failed;
        private int succeeded;
        private int calls;
        private int created;
        private INotificationInbox? inner;

        public volatile bool Down;

        public volatile bool LoseAnswers;

        /// <summary>The inbox stores the notices, but its answer leaves out the first receipt.</summary>
        public volatile bool ShortAnswers;

        public volatile bool Held;

        public int FailedAttempts => Volatile.Read(ref failed);

        public int SuccessfulAttempts => Volatile.Read(ref succeeded);

        public int Calls => Volatile.Read(ref calls);

        /// <summary>Notices that created a notification (receipts with Created).</summary>
        public int Created => Volatile.Read(ref created);

        /// <summary>Posts whose delivery the dispatcher saw succeed.</summary>
        public ConcurrentDictionary<string, bool> Acknowledged { get; } = new();

        /// <summary>Puts this wrapper around the module's real inbox in the host's services.</summary>
        public void ReplaceIn(IServiceCollection services) =>
            services.Replace(ServiceDescriptor.Singleton<INotificationInbox>(sp =>
            {
                inner = ActivatorUtilities.CreateInstance<NotificationInbox>(sp);
                return new Proxy(this);
            }));

        private sealed class Proxy(SwitchableInbox owner) : INotificationInbox
        {
            public async Task<IReadOnlyList<NotificationReceipt>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref owner.calls);
                while (owner.Held)
                {
                    await Task.Delay(20, cancellationToken);
                }

                if (owner.Down)
                {
                    Interlocked.Increment(ref owner.failed);
                    throw new HttpRequestException("notifications are down (test)");
                }

                var receipts = await owner.inner!.AcceptAsync(notices, cancellationToken);
                Interlocked.Add(ref owner.created, receipts.Count(r => r.Created));
                if (owner.LoseAnswers)
                {
                    Interlocked.Increment(ref owner.failed);
                    throw new HttpRequestException("the answer was lost (test)");
                }

                if (owner.ShortAnswers)
                {
                    return [.. receipts.Skip(1)];
                }

                foreach (var receipt in receipts)
                {
                    owner.Acknowledged[receipt.PostId] = true;
                }

                Interlocked.Increment(ref owner.succeeded);
                return receipts;
            }
        }
    }
}
