using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Notifications.Inbox;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>A post is never lost when the notifications side is down; it is delivered once it is back.</summary>
public sealed class OutboxTests
{
    [Test]
    public async Task Post_survives_a_failing_inbox_and_its_notification_arrives_once_after_recovery()
    {
        var inbox = new SwitchableInbox();
        using var factory = new MonolithFactory(services: s =>
            s.Replace(ServiceDescriptor.Singleton<INotificationInbox>(sp => inbox.Wrapping(ActivatorUtilities.CreateInstance<NotificationInbox>(sp)))));
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
        var attemptsAfterDelivery = inbox.SuccessfulAttempts;
        await Task.Delay(1500); // several poll intervals: nothing is delivered again

        Assert.That(inbox.SuccessfulAttempts, Is.EqualTo(attemptsAfterDelivery));
        Assert.That((await Api.NotificationsAsync(bob, "?limit=100")).Items.Count(n => n.PostId == post.Id), Is.EqualTo(1));
    }

    [Test]
    public async Task Delivering_the_same_post_twice_keeps_one_notification()
    {
        using var factory = new MonolithFactory();
        var inbox = factory.Services.GetRequiredService<INotificationInbox>();
        var notice = new NewPostNotice(MongoDB.Bson.ObjectId.GenerateNewId().ToString(), "author", "author@example.com", "twice", DateTime.UtcNow);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => inbox.AcceptAsync([notice], CancellationToken.None)));

        Assert.That(receipts.Select(r => r.Single().NotificationId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(receipts.Count(r => r.Single().Created), Is.EqualTo(1));
        Assert.That(receipts.Select(r => r.Single().PostId), Is.All.EqualTo(notice.PostId));
    }

    private sealed class SwitchableInbox
    {
        private int failed;
        private int succeeded;
        private INotificationInbox? inner;

        public volatile bool Down;

        public int FailedAttempts => Volatile.Read(ref failed);

        public int SuccessfulAttempts => Volatile.Read(ref succeeded);

        public INotificationInbox Wrapping(INotificationInbox real)
        {
            inner = real;
            return new Proxy(this);
        }

        private sealed class Proxy(SwitchableInbox owner) : INotificationInbox
        {
            public async Task<IReadOnlyList<NotificationReceipt>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken)
            {
                if (owner.Down)
                {
                    Interlocked.Increment(ref owner.failed);
                    throw new HttpRequestException("notifications are down (test)");
                }

                var receipts = await owner.inner!.AcceptAsync(notices, cancellationToken);
                Interlocked.Increment(ref owner.succeeded);
                return receipts;
            }
        }
    }
}
