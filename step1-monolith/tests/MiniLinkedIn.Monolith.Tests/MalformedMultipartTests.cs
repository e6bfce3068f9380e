using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.Testing.HostileInput;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>
/// Broken multipart bodies on the real pipeline: a 400 (or 413) problem, quickly, that echoes
/// nothing of the request, and no post or image stored. A host of its own, with its own bucket,
/// so that "nothing stored" can be counted exactly.
/// </summary>
public sealed class MalformedMultipartTests
{
    private readonly string bucket = $"t{Guid.NewGuid():N}"[..20];
    private MonolithFactory factory = null!;
    private Session ada = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new MonolithFactory(new Dictionary<string, string?> { ["Posts:ImagesBucket"] = bucket });
        ada = await new Api(factory).NewSessionAsync("ada");
        ada.Client.Timeout = TimeSpan.FromSeconds(15); // a hang fails the test instead of blocking the run
    }

    [OneTimeTearDown]
    public void Stop() => factory.Dispose();

    private static IEnumerable<MalformedMultipart.Request> Cases() => MalformedMultipart.All();

    [TestCaseSource(nameof(Cases))]
    public async Task Malformed_body_is_a_400_problem_and_stores_nothing(MalformedMultipart.Request malformed)
    {
        var before = await StoredAsync();

        var response = await ada.Client.PostAsync("/api/post", malformed.ToContent());

        var text = await response.Content.ReadAsStringAsync();
        await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(text, Does.Not.Contain(MalformedMultipart.Canary), "the answer echoes the request");
        Assert.That(await StoredAsync(), Is.EqualTo(before), "posts and images stored");
    }

    [Test]
    public async Task A_file_input_left_empty_is_a_post_without_an_image()
    {
        var response = await ada.Client.PostAsync("/api/post", MalformedMultipart.UnchosenFileInput("No picture today").ToContent());

        var post = await Api.ReadAsync<Post>(response, HttpStatusCode.Created);
        Assert.That((post.Text, post.ImageUrl), Is.EqualTo(("No picture today", (string?)null)));
    }

    [Test]
    public async Task File_part_over_the_size_limit_is_a_413_problem_and_stores_nothing()
    {
        var before = await StoredAsync();

        await Api.ProblemAsync(await ada.Client.PostAsync("/api/post", MalformedMultipart.OversizedFilePart().ToContent()), HttpStatusCode.RequestEntityTooLarge);

        Assert.That(await StoredAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_well_formed_post_still_works_on_this_host()
    {
        var before = await StoredAsync();
        using var form = new MultipartFormDataContent { { new StringContent("fine"), "text" }, { new ByteArrayContent(TestImages.Png), "image", "a.png" } };
        await Api.ReadAsync<Post>(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.Created);

        Assert.That(await StoredAsync(), Is.EqualTo((before.Posts + 1, before.Images + 1)));
    }

    /// <summary>How many posts are in the database and how many objects in the bucket.</summary>
    private async Task<(long Posts, int Images)> StoredAsync()
    {
        var posts = factory.Services.GetRequiredService<MongoDatabases>().Get("posts").GetCollection<BsonDocument>("posts");
        var objects = await factory.Services.GetRequiredService<IAmazonS3>().ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        return (await posts.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty), objects.S3Objects?.Count ?? 0);
    }
}
