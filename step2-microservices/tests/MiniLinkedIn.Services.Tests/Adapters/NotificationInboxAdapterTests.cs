using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MongoDB.Bson;

namespace MiniLinkedIn.Services.Tests.Adapters;

/// <summary>The post service's <see cref="INotificationInbox"/> (HTTP client) against the notification service's real endpoint.</summary>
public sealed class NotificationInboxAdapterTests
{
    private static INotificationInbox Inbox => StepTwo.Post.Services.GetRequiredService<INotificationInbox>();

    [Test]
    public async Task Accepts_a_batch_once_per_post()
    {
        var notices = Enumerable.Range(1, 3).Select(i => Notice($"batch notice {i}")).ToList();

        var first = await Inbox.AcceptAsync(notices, CancellationToken.None);
        var again = await Inbox.AcceptAsync(notices, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(r => r.PostId), Is.EqualTo(notices.Select(n => n.PostId)));
            Assert.That(first.Select(r => r.Created), Is.All.True);
            Assert.That(again.Select(r => r.Created), Is.All.False);
            Assert.That(again.Select(r => r.NotificationId), Is.EqualTo(first.Select(r => r.NotificationId)));
        }
    }

    [Test]
    public async Task The_endpoint_answers_201_then_200_and_needs_the_service_credential()
    {
        var client = new Api(StepTwo.Notification).Anonymous();
        var notices = new[] { Notice("status codes") };

        var anonymous = await client.PostAsJsonAsync("/internal/notifications/inbox", notices);
        client.DefaultRequestHeaders.Add("X-Internal-Api-Key", Infrastructure.PeerClients.InternalKey);
        var first = await client.PostAsJsonAsync("/internal/notifications/inbox", notices);
        var second = await client.PostAsJsonAsync("/internal/notifications/inbox", notices);
        var empty = await client.PostAsJsonAsync("/internal/notifications/inbox", Array.Empty<NewPostNotice>());

        await Api.ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Api.ProblemAsync(empty, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_delivery_over_http_changes_a_readers_badge_tag()
    {
        var reader = await StepTwo.SessionAtAsync(StepTwo.Notification, "reader");
        var (etag, unread) = await Eventually.GetAsync(
            async () =>
            {
                using var page = await reader.Client.GetAsync("/api/notification?limit=1");
                var tag = page.Headers.ETag?.Tag ?? throw new AssertionException("No ETag.");
                using var again = await Api.NotificationsIfNoneMatchAsync(reader, "?limit=1", tag);
                return again.StatusCode == HttpStatusCode.NotModified
                    ? Tuple.Create(tag, (await Api.ReadAsync<NotificationPage>(page, HttpStatusCode.OK)).UnreadCount)
                    : null;
            },
            "the reader's badge to hold still");

        await Inbox.AcceptAsync([Notice("a delivery raises everybody's version")], CancellationToken.None);

        using var changed = await Api.NotificationsIfNoneMatchAsync(reader, "?limit=1", etag);
        Assert.That((await Api.ReadAsync<NotificationPage>(changed, HttpStatusCode.OK)).UnreadCount, Is.GreaterThan(unread));
    }

    private static NewPostNotice Notice(string text) =>
        new(ObjectId.GenerateNewId().ToString(), ObjectId.GenerateNewId().ToString(), "adapter@example.com", text, DateTime.UtcNow);
}
