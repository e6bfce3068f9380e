using System.Net;
using System.Text.Json;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>
/// The whole user story, in order: A and B post, each sees the other's posts but not their own, B
/// fetches A's image without a token, B is notified of A's posts, follows one and marks it read —
/// for B only; C still has it unread. The tests build on each other; one whose prerequisite
/// failed is reported inconclusive rather than failing for an unrelated reason.
/// </summary>
[TestFixture]
public sealed class UserStoryContractTests : ContractTest
{
    private Session a = null!;
    private Session b = null!;
    private Session c = null!;
    private byte[] png = [];
    private Post? imagePost;
    private Post? textPost;
    private Post? bPost;
    private Notification? imageNotification;

    [OneTimeSetUp]
    public async Task RegisterAndLogInThreeUsers()
    {
        a = await Api.SignUpAsync(TestData.UniqueEmail("alice"), TestData.Password);
        b = await Api.SignUpAsync(TestData.UniqueEmail("bob"), TestData.Password);
        c = await Api.SignUpAsync(TestData.UniqueEmail("carol"), TestData.Password);
    }

    [Test, Order(1)]
    public async Task APublishesAPostWithAPngImage()
    {
        png = TestData.Png();
        var text = $"Hello network, this is A ({TestData.RunMarker}). "
            + "A longer text, so that the notification preview has something to shorten if it wants to: "
            + string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 6)).TrimEnd();

        var response = await Api.CreatePostAsync(a.Token, text, new ImageUpload(png, "pixel.png", "image/png"));

        var post = response.Expect<Post>(HttpStatusCode.Created);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(post.Id, Is.Not.Empty);
            Assert.That(post.Author, Is.EqualTo(a.User));
            Assert.That(post.Text, Is.EqualTo(text));
            Assert.That(post.ImageUrl, Is.Not.Null.And.Not.Empty);
            AssertCreatedAtIsIsoUtc(response.JsonElement(), post.CreatedAt);
            Assert.That(response.Headers.Location, Is.Not.Null, $"Location header of {response}");
            Assert.That(new Uri(Api.BaseAddress, response.Headers.Location!).AbsolutePath, Is.EqualTo("/api/post/" + post.Id));
        }

        // The author may read their own post.
        Assert.That((await Api.GetPostAsync(a.Token, post.Id)).Expect<Post>(HttpStatusCode.OK), Is.EqualTo(post));
        imagePost = post;
    }

    [Test, Order(2)]
    public async Task APublishesATextOnlyPostAsJson()
    {
        var text = $"A second, text-only post by A ({TestData.RunMarker})";

        var response = await Api.CreateTextPostAsJsonAsync(a.Token, text);

        var post = response.Expect<Post>(HttpStatusCode.Created);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(post.Author, Is.EqualTo(a.User));
            Assert.That(post.Text, Is.EqualTo(text));
            Assert.That(post.ImageUrl, Is.Null);
            AssertCreatedAtIsIsoUtc(response.JsonElement(), post.CreatedAt);
            Assert.That(response.Headers.Location, Is.Not.Null, $"Location header of {response}");
        }

        Assert.That((await Api.GetPostAsync(a.Token, post.Id)).Expect<Post>(HttpStatusCode.OK), Is.EqualTo(post));
        textPost = post;
    }

    [Test, Order(3)]
    public async Task BPublishesATextOnlyPostAsMultipart()
    {
        var text = $"B says hi ({TestData.RunMarker})";

        var post = (await Api.CreatePostAsync(b.Token, text)).Expect<Post>(HttpStatusCode.Created);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(post.Author, Is.EqualTo(b.User));
            Assert.That(post.Text, Is.EqualTo(text));
            Assert.That(post.ImageUrl, Is.Null);
        }

        bPost = post;
    }

    [Test, Order(4)]
    public async Task BsFeedShowsAsPostsNewestFirstButNotBsOwn()
    {
        var image = Needs(imagePost);
        var text = Needs(textPost);
        var own = Needs(bPost);

        // One post per page, to walk the cursor. B's own post is newer than A's two, so had the
        // feed included it, it would have come before them.
        var feed = await Pages.ReadFeedAsync(Api, b, limit: 1, items => items.Any(p => p.Id == image.Id) && items.Any(p => p.Id == text.Id));

        var ids = feed.Select(p => p.Id).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(feed, Does.Contain(image), "A's image post, as A published it");
            Assert.That(feed, Does.Contain(text), "A's text post, as A published it");
            Assert.That(ids.IndexOf(text.Id), Is.LessThan(ids.IndexOf(image.Id)), "the newer post first");
            Assert.That(feed.Select(p => p.CreatedAt), Is.Ordered.Descending, "newest first across pages");
            Assert.That(ids, Is.Unique, "no post twice across pages");
            Assert.That(ids, Does.Not.Contain(own.Id), "not B's own post");
            Assert.That(feed.Select(p => p.Author.Id), Has.None.EqualTo(b.Id), "nothing of B's");
        }
    }

    [Test, Order(5)]
    public async Task AsFeedShowsBsPostButNotAsOwn()
    {
        var image = Needs(imagePost);
        var text = Needs(textPost);
        var theirs = Needs(bPost);

        // Read back to before A's first post, where A's own posts would be.
        var feed = await Pages.ReadFeedAsync(Api, a, limit: 20, items => items.Any(p => p.CreatedAt < image.CreatedAt));

        var ids = feed.Select(p => p.Id).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(feed, Does.Contain(theirs), "B's post, as B published it");
            Assert.That(ids, Does.Not.Contain(image.Id).And.Not.Contain(text.Id), "not A's own posts");
            Assert.That(feed.Select(p => p.Author.Id), Has.None.EqualTo(a.Id), "nothing of A's");
            Assert.That(feed.Select(p => p.CreatedAt), Is.Ordered.Descending, "newest first");
        }
    }

    [Test, Order(6)]
    public async Task TheImageIsServedWithoutATokenAndCachedImmutably()
    {
        var url = Needs(imagePost).ImageUrl!;

        var response = await Api.GetAsync(url);

        response.ExpectStatus(HttpStatusCode.OK);
        var etag = response.Headers.ETag;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Body, Is.EqualTo(png), "the stored bytes");
            Assert.That(response.MediaType, Is.EqualTo("image/png"));
            Assert.That(etag, Is.Not.Null, "ETag");
            Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable"), "Cache-Control");
        }

        var revalidated = await Api.GetAsync(url, headers: h => h.TryAddWithoutValidation("If-None-Match", etag!.ToString()));
        revalidated.ExpectStatus(HttpStatusCode.NotModified);
        Assert.That(revalidated.Body, Is.Empty, "a 304 has no body");

        var unknown = url[..(url.LastIndexOf('/') + 1)] + TestData.UnknownId();
        (await Api.GetAsync(unknown)).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Test, Order(7)]
    public async Task BIsNotifiedOfAsPosts()
    {
        var image = Needs(imagePost);
        var text = Needs(textPost);

        var seen = await Eventually.UntilAsync(
            () => NotificationsOf(b), s => s.Has(image.Id, text.Id), "B sees the notifications of A's two posts");

        var notification = seen.Of(image.Id)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(notification.Id, Is.Not.Empty);
            Assert.That(notification.Author, Is.EqualTo(a.User));
            Assert.That(notification.Read, Is.False);
            Assert.That(notification.Preview, Is.Not.Empty);
            Assert.That(image.Text, Does.StartWith(notification.Preview.TrimEnd('…', '.', ' ')), "the preview is the start of the text");
            Assert.That(notification.Preview, Has.Length.LessThanOrEqualTo(image.Text.Length + 1));
            Assert.That(seen.Of(text.Id)!.Preview, Is.EqualTo(text.Text), "a short text is previewed whole");
            Assert.That(notification.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(seen.Items.Select(n => n.CreatedAt), Is.Ordered.Descending, "newest first");
            Assert.That(seen.UnreadCount, Is.GreaterThanOrEqualTo(2), "both notifications are unread for B");
        }

        imageNotification = notification;
    }

    [Test, Order(8)]
    public async Task ADoesNotSeeTheNotificationsOfAsOwnPosts()
    {
        var image = Needs(imagePost);
        var text = Needs(textPost);
        var theirs = Needs(bPost);
        Needs(imageNotification); // the notifications of A's posts exist

        var seen = await Eventually.UntilAsync(
            () => NotificationsOf(a), s => s.Has(theirs.Id), "A sees the notification of B's post");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen.Of(theirs.Id)!.Author, Is.EqualTo(b.User));
            Assert.That(seen.Of(theirs.Id)!.Read, Is.False);
            Assert.That(seen.Of(image.Id), Is.Null, "not the notification of A's image post");
            Assert.That(seen.Of(text.Id), Is.Null, "not the notification of A's text post");
            Assert.That(seen.Items.Select(n => n.Author.Id), Has.None.EqualTo(a.Id), "nothing of A's");
        }
    }

    [Test, Order(9)]
    public async Task BFollowsTheNotificationToThePost()
    {
        var notification = Needs(imageNotification);

        var post = (await Api.GetPostAsync(b.Token, notification.PostId)).Expect<Post>(HttpStatusCode.OK);

        Assert.That(post, Is.EqualTo(Needs(imagePost)));
    }

    [Test, Order(10)]
    public async Task MarkingReadIsForTheReaderOnly()
    {
        var image = Needs(imagePost);
        var notification = Needs(imageNotification);
        var before = await NotificationsOf(b);

        var response = await Api.MarkNotificationReadAsync(b.Token, notification.Id);

        response.ExpectStatus(HttpStatusCode.NoContent);
        var after = await NotificationsOf(b);
        var forC = await Eventually.UntilAsync(() => NotificationsOf(c), s => s.Has(image.Id), "C sees the notification of A's post");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Of(image.Id)?.Read, Is.True, "read for B");
            Assert.That(after.UnreadCount, Is.EqualTo(before.UnreadCount - 1), "B's unread count, one less");
            Assert.That(forC.Of(image.Id)?.Id, Is.EqualTo(notification.Id), "the same notification");
            Assert.That(forC.Of(image.Id)?.Read, Is.False, "still unread for C");
            Assert.That(forC.UnreadCount, Is.GreaterThanOrEqualTo(1), "C's unread count");
        }
    }

    [Test, Order(11)]
    public async Task AnnouncingOwnPostAgainAnswersTheExistingNotification()
    {
        var image = Needs(imagePost);
        var existing = Needs(imageNotification);

        var response = await Api.CreateNotificationAsync(a.Token, image.Id);

        var notification = response.Expect<Notification>(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(notification.Id, Is.EqualTo(existing.Id));
            Assert.That(notification.PostId, Is.EqualTo(image.Id));
            Assert.That(notification.Author, Is.EqualTo(a.User));
            Assert.That(notification.Preview, Is.EqualTo(existing.Preview));
        }
    }

    [Test, Order(12)]
    public async Task AnnouncingSomeoneElsesPostIs403Problem()
    {
        var image = Needs(imagePost);

        (await Api.CreateNotificationAsync(b.Token, image.Id)).ExpectProblem(HttpStatusCode.Forbidden);
    }

    /// <summary>The reader's notifications back to a minute before this run's first post.</summary>
    private Task<NotificationsSeen> NotificationsOf(Session reader)
    {
        var since = Needs(imagePost).CreatedAt.AddMinutes(-1);
        return Pages.ReadNotificationsAsync(Api, reader, items => items.Count > 0 && items[^1].CreatedAt < since);
    }

    private static void AssertCreatedAtIsIsoUtc(JsonElement body, DateTimeOffset createdAt)
    {
        Assert.That(body.GetProperty("createdAt").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)$"), "createdAt is ISO-8601 UTC");
        Assert.That(createdAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromHours(1)), "createdAt is about now");
    }

    private static T Needs<T>(T? value)
        where T : class
    {
        if (value is null)
        {
            Assert.Inconclusive($"An earlier test of this story did not pass, so there is no {typeof(T).Name} to go on.");
        }

        return value!;
    }
}
