using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.Services.Tests.Infrastructure;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Services.Tests.Adapters;

/// <summary>The notification service's <see cref="IPostDirectory"/> (HTTP client) against the post service's real endpoint.</summary>
public sealed class PostDirectoryAdapterTests
{
    private static IPostDirectory Directory => StepTwo.Notification.Services.GetRequiredService<IPostDirectory>();

    [Test]
    public async Task Finds_a_post_the_post_service_stored()
    {
        var author = await StepTwo.SessionAtAsync(StepTwo.Post, "author");
        var post = await Api.PostTextAsync(author, "directory lookup");

        var found = await Directory.FindAsync(post.Id, CancellationToken.None);

        Assert.That(found, Is.EqualTo(new PublishedPost(post.Id, author.User.Id, author.User.Email, "directory lookup", post.CreatedAt.UtcDateTime)));
    }

    [TestCase("6b0c1719bd1e90f4e171af55")]
    [TestCase("not-an-object-id")]
    [TestCase("../../api/post")]
    public async Task Answers_null_for_a_post_that_does_not_exist(string postId) =>
        Assert.That(await Directory.FindAsync(postId, CancellationToken.None), Is.Null);

    [Test]
    public async Task The_endpoint_needs_the_service_credential()
    {
        var client = new Api(StepTwo.Post).Anonymous();
        var missing = await client.GetAsync("/internal/posts/6b0c1719bd1e90f4e171af55");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/internal/posts/6b0c1719bd1e90f4e171af55");
        wrong.Headers.Add("X-Internal-Api-Key", PeerClients.InternalKey + "x");
        using var right = new HttpRequestMessage(HttpMethod.Get, "/internal/posts/6b0c1719bd1e90f4e171af55");
        right.Headers.Add("X-Internal-Api-Key", PeerClients.InternalKey);

        await Api.ProblemAsync(missing, HttpStatusCode.Unauthorized);
        await Api.ProblemAsync(await client.SendAsync(wrong), HttpStatusCode.Unauthorized);
        await Api.ProblemAsync(await client.SendAsync(right), HttpStatusCode.NotFound);
    }
}
