using System.Net;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class FeedTests
{
    private static Api Api => TestApp.Api;

    [Test]
    public async Task Feed_shows_everybody_else_but_never_the_callers_own_posts()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var adas = await Api.PostTextAsync(ada, "from ada");
        var bobs = await Api.PostTextAsync(bob, "from bob");

        var bobsFeed = await FeedAsync(bob, "?limit=100");
        var adasFeed = await FeedAsync(ada, "?limit=100");

        Assert.That(bobsFeed.Items.Select(p => p.Id), Does.Contain(adas.Id).And.Not.Contain(bobs.Id));
        Assert.That(adasFeed.Items.Select(p => p.Id), Does.Contain(bobs.Id).And.Not.Contain(adas.Id));
        Assert.That(bobsFeed.Items.Select(p => p.Author.Id), Has.None.EqualTo(bob.User.Id));
    }

    [Test]
    public async Task Pages_follow_the_cursor_newest_first_without_gaps_or_repeats()
    {
        var ada = await Api.NewSessionAsync("ada");
        var reader = await Api.NewSessionAsync("reader");
        var posted = new List<Post>();
        for (var i = 0; i < 5; i++)
        {
            posted.Add(await Api.PostTextAsync(ada, $"post {i}"));
        }

        var seen = new List<Post>();
        string? cursor = null;
        do
        {
            var page = await FeedAsync(reader, "?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.That(page.Items, Has.Count.LessThanOrEqualTo(2));
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null && seen.Count(p => p.Author.Id == ada.User.Id) < posted.Count);

        var adas = seen.Where(p => p.Author.Id == ada.User.Id).Select(p => p.Id).ToList();
        Assert.That(adas, Is.EqualTo(posted.Select(p => p.Id).Reverse()));
        Assert.That(seen.Select(p => p.Id), Is.Unique);
        Assert.That(seen, Is.Ordered.Descending.By(nameof(Post.CreatedAt)));
    }

    [Test]
    public async Task Limit_defaults_to_20_and_is_capped_at_100()
    {
        var ada = await Api.NewSessionAsync("ada");
        var reader = await Api.NewSessionAsync("reader");
        for (var i = 0; i < 21; i++)
        {
            await Api.PostTextAsync(ada, $"filler {i}");
        }

        Assert.That((await FeedAsync(reader, "")).Items, Has.Count.EqualTo(20));
        Assert.That((await FeedAsync(reader, "?limit=1000")).Items, Has.Count.InRange(21, 100));
    }

    [TestCase("?limit=0")]
    [TestCase("?limit=-5")]
    [TestCase("?limit=ten")]
    [TestCase("?cursor=not-a-cursor")]
    [TestCase("?cursor=AAAA")]
    public async Task Bad_paging_parameters_are_400(string query)
    {
        var reader = await Api.NewSessionAsync();

        await Api.ProblemAsync(await reader.Client.GetAsync("/api/post" + query), HttpStatusCode.BadRequest);
        await Api.ProblemAsync(await reader.Client.GetAsync("/api/notification" + query), HttpStatusCode.BadRequest);
    }

    private static async Task<PostPage> FeedAsync(Session reader, string query) =>
        await Api.ReadAsync<PostPage>(await reader.Client.GetAsync("/api/post" + query), HttpStatusCode.OK);
}
