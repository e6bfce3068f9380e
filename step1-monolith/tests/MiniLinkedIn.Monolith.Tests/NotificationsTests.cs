using System.Net;
using System.Net.Http.Json;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class NotificationsTests
{
    private static Api Api => TestApp.Api;

    [Test]
    public async Task New_post_notifies_everybody_but_its_author()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var post = await Api.PostTextAsync(ada, "Big news: " + new string('x', 300));

        var notification = await Api.NotificationOfAsync(bob, post.Id);

        Assert.That(notification.Author, Is.EqualTo(ada.User));
        Assert.That(notification.Read, Is.False);
        Assert.That(notification.Preview, Does.StartWith("Big news: xxx").And.Length.LessThanOrEqualTo(140));
        Assert.That(post.Text, Does.StartWith(notification.Preview.TrimEnd('…')));
        var adas = await Api.NotificationsAsync(ada, "?limit=100");
        Assert.That(adas.Items.Select(n => n.PostId), Does.Not.Contain(post.Id));
        Assert.That(adas.Items.Select(n => n.Author.Id), Has.None.EqualTo(ada.User.Id));
    }

    [Test]
    public async Task Marking_read_is_per_user_and_lowers_the_unread_count()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var cy = await Api.NewSessionAsync("cy");
        var post = await Api.PostTextAsync(ada, "read me");
        var notification = await Api.NotificationOfAsync(bob, post.Id);
        await Api.NotificationOfAsync(cy, post.Id);
        var unreadBefore = (await Api.NotificationsAsync(bob)).UnreadCount;

        var marked = await bob.Client.PostAsync($"/api/notification/{notification.Id}/read", null);
        Assert.That(marked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await bob.Client.PostAsync($"/api/notification/{notification.Id}/read", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var bobs = await Api.NotificationsAsync(bob, "?limit=100");
        Assert.That(bobs.Items.Single(n => n.Id == notification.Id).Read, Is.True);
        Assert.That(bobs.UnreadCount, Is.EqualTo(unreadBefore - 1));
        var cys = await Api.NotificationsAsync(cy, "?limit=100");
        Assert.That(cys.Items.Single(n => n.Id == notification.Id).Read, Is.False);
    }

    [Test]
    public async Task Marking_an_unknown_or_own_notification_is_404()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var post = await Api.PostTextAsync(ada, "mine");
        var notification = await Api.NotificationOfAsync(bob, post.Id);

        await Api.ProblemAsync(await ada.Client.PostAsync($"/api/notification/{notification.Id}/read", null), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await bob.Client.PostAsync($"/api/notification/{new string('0', 24)}/read", null), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await bob.Client.PostAsync("/api/notification/nonsense/read", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Author_creating_the_notification_again_gets_the_existing_one()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var post = await Api.PostTextAsync(ada, "once");
        var delivered = await Api.NotificationOfAsync(bob, post.Id);

        var again = await Api.ReadAsync<Notification>(await ada.Client.PostAsJsonAsync("/api/notification", new { postId = post.Id }), HttpStatusCode.OK);

        Assert.That(again.Id, Is.EqualTo(delivered.Id));
        Assert.That((await Api.NotificationsAsync(bob, "?limit=100")).Items.Count(n => n.PostId == post.Id), Is.EqualTo(1));
    }

    [Test]
    public async Task Only_the_author_may_create_a_posts_notification()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var post = await Api.PostTextAsync(ada, "not yours");

        await Api.ProblemAsync(await bob.Client.PostAsJsonAsync("/api/notification", new { postId = post.Id }), HttpStatusCode.Forbidden);
    }

    [TestCase("000000000000000000000000", HttpStatusCode.NotFound)]
    [TestCase("not-a-post-id", HttpStatusCode.BadRequest)]
    [TestCase("", HttpStatusCode.BadRequest)]
    public async Task Creating_a_notification_for_a_bad_post_id_fails(string postId, HttpStatusCode expected)
    {
        var ada = await Api.NewSessionAsync();

        await Api.ProblemAsync(await ada.Client.PostAsJsonAsync("/api/notification", new { postId }), expected);
    }

    [Test]
    public async Task Notifications_page_newest_first_through_the_cursor()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var posts = new List<Post>();
        for (var i = 0; i < 3; i++)
        {
            posts.Add(await Api.PostTextAsync(ada, $"n{i}"));
        }

        await Api.NotificationOfAsync(bob, posts[^1].Id);
        await Api.NotificationOfAsync(bob, posts[0].Id);
        var first = await Api.NotificationsAsync(bob, "?limit=2");
        var second = await Api.NotificationsAsync(bob, "?limit=2&cursor=" + Uri.EscapeDataString(first.NextCursor!));

        var ids = first.Items.Concat(second.Items).Select(n => n.Id).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(first.Items.Concat(second.Items), Is.Ordered.Descending.By(nameof(Notification.CreatedAt)));
    }

    [Test]
    public async Task Unread_count_leaves_out_own_posts_read_marks_and_cleaned_up_notifications()
    {
        var retention = TimeSpan.FromSeconds(6);
        using var factory = new MonolithFactory(settings: new Dictionary<string, string?>
        {
            ["Notifications:CleanupCron"] = "* * * * * ?",
            ["Notifications:Retention"] = retention.ToString(),
        });
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");
        var cy = await api.NewSessionAsync("cy");
        var a1 = await Api.PostTextAsync(ada, "a1");
        var a2 = await Api.PostTextAsync(ada, "a2");
        var b1 = await Api.PostTextAsync(bob, "b1");
        var a1Notification = await Api.NotificationOfAsync(cy, a1.Id);
        await Api.NotificationOfAsync(cy, a2.Id);
        var b1Notification = await Api.NotificationOfAsync(cy, b1.Id);

        Assert.That(await UnreadAsync(ada, bob, cy), Is.EqualTo(new[] { 1L, 2, 3 }), "own posts are not counted");

        await MarkReadAsync(bob, a1Notification.Id);
        await MarkReadAsync(cy, a1Notification.Id);
        await MarkReadAsync(cy, b1Notification.Id);
        await MarkReadAsync(cy, b1Notification.Id);
        await Api.ProblemAsync(await ada.Client.PostAsync($"/api/notification/{a1Notification.Id}/read", null), HttpStatusCode.NotFound);

        Assert.That(await UnreadAsync(ada, bob, cy), Is.EqualTo(new[] { 1L, 1, 1 }), "read marks count once, per reader");

        await Task.Delay(retention);
        var fresh = await Api.PostTextAsync(ada, "a3");
        await Eventually.GetAsync(
            async () => (await Api.NotificationsAsync(cy, "?limit=100")).Items.Select(n => n.PostId).SequenceEqual([fresh.Id]) ? "cleaned" : null,
            "the old notifications to be cleaned up");

        Assert.That(await UnreadAsync(ada, bob, cy), Is.EqualTo(new[] { 0L, 1, 1 }), "cleaned notifications and their read marks are gone");
    }

    [Test]
    public async Task Listing_without_a_token_is_401() =>
        await Api.ProblemAsync(await Api.Anonymous().GetAsync("/api/notification"), HttpStatusCode.Unauthorized);

    private static async Task<long[]> UnreadAsync(params Session[] readers) =>
        await Task.WhenAll(readers.Select(async r => (await Api.NotificationsAsync(r)).UnreadCount));

    private static async Task MarkReadAsync(Session reader, string notificationId) =>
        Assert.That((await reader.Client.PostAsync($"/api/notification/{notificationId}/read", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
}
