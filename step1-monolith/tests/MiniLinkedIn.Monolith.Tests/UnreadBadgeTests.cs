using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MongoDB.Bson;
using NotificationStore = MiniLinkedIn.Notifications.Inbox.NotificationStore;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>
/// The unread badge's poll: <c>GET /api/notification?limit=1</c> with the last answer's ETag is a 304
/// while nothing changed, and a fresh, exact count after deliveries, read marks and clean-ups.
/// Its own app (own databases): a delivery from another test would change every reader's tag.
/// </summary>
public sealed class UnreadBadgeTests
{
    private const string BadgeQuery = "?limit=1";

    private MonolithFactory factory = null!;
    private Api api = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        factory = new MonolithFactory();
        api = new Api(factory);
    }

    [OneTimeTearDown]
    public void StopApp() => factory.Dispose();

    [Test]
    public async Task Unchanged_page_is_304_to_its_etag_until_a_delivery()
    {
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");
        await Api.NotificationOfAsync(bob, (await Api.PostTextAsync(ada, "first")).Id);
        var (count, tag) = await SettledBadgeAsync(bob);

        using var unchanged = await Api.NotificationsIfNoneMatchAsync(bob, BadgeQuery, tag);
        Assert.That(unchanged.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await unchanged.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(unchanged.Headers.ETag?.Tag, Is.EqualTo(tag));
        Assert.That(unchanged.Headers.CacheControl?.Private, Is.True);

        await Api.NotificationOfAsync(bob, (await Api.PostTextAsync(ada, "second")).Id);

        // The version is raised right after the delivery's write, which the reader may see first.
        var changed = await Eventually.GetAsync(() => ChangedBadgeAsync(bob, tag), "the poll with the old ETag to be answered in full");
        Assert.That(changed.UnreadCount, Is.EqualTo(count + 1));
        Assert.That(changed.ETag, Is.Not.EqualTo(tag));
    }

    [Test]
    public async Task Racing_read_marks_lower_only_the_readers_count_and_exactly_once()
    {
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");
        var cy = await api.NewSessionAsync("cy");
        var notification = await Api.NotificationOfAsync(bob, (await Api.PostTextAsync(ada, "read me twice")).Id);
        await Api.NotificationOfAsync(cy, notification.PostId);
        var (bobsCount, bobsTag) = await SettledBadgeAsync(bob);
        var (_, cysTag) = await SettledBadgeAsync(cy);

        var marks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => bob.Client.PostAsync($"/api/notification/{notification.Id}/read", null)));

        Assert.That(marks.Select(m => m.StatusCode), Is.All.EqualTo(HttpStatusCode.NoContent));
        var after = await ChangedBadgeAsync(bob, bobsTag);
        Assert.That(after?.UnreadCount, Is.EqualTo(bobsCount - 1), "answered in full, one less");
        using var cys = await Api.NotificationsIfNoneMatchAsync(cy, BadgeQuery, cysTag);
        Assert.That(cys.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), "another reader's marks change nothing of cy's");
    }

    [Test]
    public async Task An_etag_matches_only_its_reader_and_query()
    {
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");
        var cy = await api.NewSessionAsync("cy");
        await Api.NotificationOfAsync(bob, (await Api.PostTextAsync(ada, "tagged")).Id);
        var (_, tag) = await SettledBadgeAsync(bob);

        Assert.That((await Api.NotificationsIfNoneMatchAsync(cy, BadgeQuery, tag)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Api.NotificationsIfNoneMatchAsync(bob, "?limit=2", tag)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Api.NotificationsIfNoneMatchAsync(bob, BadgeQuery, "\"nonsense\"")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Api.NotificationsIfNoneMatchAsync(bob, BadgeQuery, "not an etag at all")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Api.NotificationsIfNoneMatchAsync(bob, BadgeQuery, $"\"other\", W/{tag}")).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That((await Api.NotificationsIfNoneMatchAsync(bob, BadgeQuery, "*")).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    /// <summary>
    /// The interleaving the cleaner can cause: a reader's mark-read finds the notification, the
    /// cleaner deletes it and its marks, then the mark is written. It must not stay behind as a
    /// read mark of nothing, which would lower the count of every later page.
    /// </summary>
    [Test]
    public async Task A_read_mark_racing_the_cleaner_is_taken_back_and_the_count_stays_exact()
    {
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");
        var doomed = await Api.NotificationOfAsync(bob, (await Api.PostTextAsync(ada, "about to expire")).Id);
        var (_, tag) = await SettledBadgeAsync(bob);
        var store = factory.Services.GetRequiredService<NotificationStore>();
        var found = await store.FindAsync(ObjectId.Parse(doomed.Id), CancellationToken.None);
        Assert.That(found, Is.Not.Null);

        await store.DeleteOlderThanAsync(found!.CreatedAt.AddMilliseconds(1), CancellationToken.None);
        var marked = await store.MarkReadAsync(found, bob.User.Id, DateTime.UtcNow, CancellationToken.None);

        Assert.That(marked, Is.False);
        var afterCleaning = await ChangedBadgeAsync(bob, tag);
        Assert.That(afterCleaning?.UnreadCount, Is.Zero, "the clean-up changed the tag, and nothing is left to read");
        await Api.NotificationOfAsync(bob, (await Api.PostTextAsync(ada, "fresh")).Id);
        var page = await Api.NotificationsAsync(bob, "?limit=100");
        Assert.That(page.UnreadCount, Is.EqualTo(page.Items.Count(n => !n.Read)).And.EqualTo(1));
        await Api.ProblemAsync(await bob.Client.PostAsync($"/api/notification/{doomed.Id}/read", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_clean_up_that_deletes_nothing_changes_no_tag()
    {
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");
        await Api.NotificationOfAsync(bob, (await Api.PostTextAsync(ada, "still fresh")).Id);
        var (_, tag) = await SettledBadgeAsync(bob);

        var deleted = await factory.Services.GetRequiredService<NotificationStore>().DeleteOlderThanAsync(DateTime.UnixEpoch, CancellationToken.None);

        Assert.That(deleted, Is.Zero);
        using var unchanged = await Api.NotificationsIfNoneMatchAsync(bob, BadgeQuery, tag);
        Assert.That(unchanged.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    /// <summary>The badge's poll once the reader's inbox is still: its answer, whose ETag is then answered 304.</summary>
    private static Task<Badge> SettledBadgeAsync(Session reader) => Eventually.GetAsync(
        async () =>
        {
            using var response = await reader.Client.GetAsync("/api/notification" + BadgeQuery);
            var badge = await BadgeOfAsync(response);
            using var again = await Api.NotificationsIfNoneMatchAsync(reader, BadgeQuery, badge.ETag);
            return again.StatusCode == HttpStatusCode.NotModified ? badge : null;
        },
        "the reader's inbox to be still");

    /// <summary>The badge's poll with an earlier ETag: the fresh answer, or null for a 304.</summary>
    private static async Task<Badge?> ChangedBadgeAsync(Session reader, string etag)
    {
        using var response = await Api.NotificationsIfNoneMatchAsync(reader, BadgeQuery, etag);
        return response.StatusCode == HttpStatusCode.NotModified ? null : await BadgeOfAsync(response);
    }

    private static async Task<Badge> BadgeOfAsync(HttpResponseMessage response)
    {
        var page = await Api.ReadAsync<NotificationPage>(response, HttpStatusCode.OK);
        return new Badge(page.UnreadCount, response.Headers.ETag?.Tag ?? throw new AssertionException("No ETag."));
    }

    private sealed record Badge(long UnreadCount, string ETag);
}
