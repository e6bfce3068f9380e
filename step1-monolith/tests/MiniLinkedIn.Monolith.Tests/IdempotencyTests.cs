using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MongoDB.Bson;
using MongoDB.Driver;
using Post = MiniLinkedIn.Testing.ApiModels.Post;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class IdempotencyTests
{
    // An empty key is refused too, but the in-memory TestServer drops empty headers: the contract suite sends one.
    private static readonly string[] MalformedKeys = ["tab\tinside", "schlüssel", new string('k', 256)];

    private static Api Api => TestApp.Api;

    [Test]
    public async Task A_repeated_post_answers_the_stored_outcome_and_creates_nothing()
    {
        var ada = await Api.NewSessionAsync("ada");
        var key = IdempotentWrites.NewKey();

        var first = await IdempotentWrites.PostImageAsync(ada.Client, "once", TestImages.Png, key);
        var post = await Api.ReadAsync<Post>(first, HttpStatusCode.Created);
        var repeat = await IdempotentWrites.PostImageAsync(ada.Client, "once", TestImages.Png, key);

        Assert.That(repeat.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await repeat.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(repeat.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(post.ImageUrl, Is.Not.Null);
        Assert.That(await PostsOfAsync(ada), Is.EqualTo(1));
    }

    [Test]
    public async Task A_key_sent_again_with_a_different_post_is_422_and_stores_nothing()
    {
        var ada = await Api.NewSessionAsync();
        var key = IdempotentWrites.NewKey();
        await Api.ReadAsync<Post>(await IdempotentWrites.PostTextAsync(ada.Client, "first", key), HttpStatusCode.Created);

        await Api.ProblemAsync(await IdempotentWrites.PostTextAsync(ada.Client, "second", key), (HttpStatusCode)422);
        await Api.ProblemAsync(await IdempotentWrites.PostImageAsync(ada.Client, "first", TestImages.Png, key), (HttpStatusCode)422);

        Assert.That(await PostsOfAsync(ada), Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_repeats_create_one_post_and_all_answer_it()
    {
        var ada = await Api.NewSessionAsync();
        var key = IdempotentWrites.NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => IdempotentWrites.PostImageAsync(ada.Client, "race", TestImages.Png, key)));
        var posts = await Task.WhenAll(responses.Select(r => Api.ReadAsync<Post>(r, HttpStatusCode.Created)));

        Assert.That(posts.Select(p => p.Id).Distinct().Count(), Is.EqualTo(1));
        Assert.That(responses.Select(r => r.Headers.Location).Distinct().Count(), Is.EqualTo(1));
        Assert.That(await PostsOfAsync(ada), Is.EqualTo(1));
    }

    [Test]
    public async Task Keys_belong_to_their_caller()
    {
        var ada = await Api.NewSessionAsync("ada");
        var bob = await Api.NewSessionAsync("bob");
        var key = IdempotentWrites.NewKey();

        var adas = await Api.ReadAsync<Post>(await IdempotentWrites.PostTextAsync(ada.Client, "same words", key), HttpStatusCode.Created);
        var bobs = await Api.ReadAsync<Post>(await IdempotentWrites.PostTextAsync(bob.Client, "same words", key), HttpStatusCode.Created);
        var bobsOther = await IdempotentWrites.PostTextAsync(bob.Client, "other words", key);

        Assert.That(bobs.Id, Is.Not.EqualTo(adas.Id));
        Assert.That(bobs.Author, Is.EqualTo(bob.User));
        await Api.ProblemAsync(bobsOther, (HttpStatusCode)422);
        Assert.That(await PostsOfAsync(ada), Is.EqualTo(1));
        Assert.That(await PostsOfAsync(bob), Is.EqualTo(1));
    }

    [Test]
    public async Task Without_a_key_every_post_is_new()
    {
        var ada = await Api.NewSessionAsync();

        await Api.PostTextAsync(ada, "twice");
        await Api.PostTextAsync(ada, "twice");

        Assert.That(await PostsOfAsync(ada), Is.EqualTo(2));
    }

    [TestCaseSource(nameof(MalformedKeys))]
    public async Task A_malformed_key_is_a_400_problem_and_stores_nothing(string key)
    {
        var ada = await Api.NewSessionAsync();

        var problem = await Api.ProblemAsync(await IdempotentWrites.PostTextAsync(ada.Client, "hello", key), HttpStatusCode.BadRequest);
        var registration = await Api.ProblemAsync(await IdempotentWrites.RegisterAsync(Api.Anonymous(), Api.NewEmail(), Api.Password, key), HttpStatusCode.BadRequest);

        Assert.That(problem.Errors, Does.ContainKey(IdempotentWrites.Header));
        Assert.That(registration.Errors, Does.ContainKey(IdempotentWrites.Header));
        Assert.That(await PostsOfAsync(ada), Is.EqualTo(0));
    }

    [Test]
    public async Task A_key_of_the_longest_allowed_length_works()
    {
        var ada = await Api.NewSessionAsync();
        var key = new string('k', 255);

        var first = await Api.ReadAsync<Post>(await IdempotentWrites.PostTextAsync(ada.Client, "long key", key), HttpStatusCode.Created);
        var repeat = await Api.ReadAsync<Post>(await IdempotentWrites.PostTextAsync(ada.Client, "long key", key), HttpStatusCode.Created);

        Assert.That(repeat, Is.EqualTo(first));
    }

    [Test]
    public async Task A_repeated_registration_answers_the_account_instead_of_409()
    {
        var email = Api.NewEmail();
        var key = IdempotentWrites.NewKey();

        var first = await Api.ReadAsync<UserSummary>(await IdempotentWrites.RegisterAsync(Api.Anonymous(), email, Api.Password, key), HttpStatusCode.Created);
        var repeat = await Api.ReadAsync<UserSummary>(await IdempotentWrites.RegisterAsync(Api.Anonymous(), email, Api.Password, key), HttpStatusCode.Created);

        Assert.That(repeat, Is.EqualTo(first));
        await Api.ProblemAsync(await IdempotentWrites.RegisterAsync(Api.Anonymous(), email, Api.Password, IdempotentWrites.NewKey()), HttpStatusCode.Conflict);
        await Api.ProblemAsync(await Api.RegisterAsync(email), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_registration_key_sent_again_with_another_password_is_422()
    {
        var email = Api.NewEmail();
        var key = IdempotentWrites.NewKey();
        (await IdempotentWrites.RegisterAsync(Api.Anonymous(), email, Api.Password, key)).EnsureSuccessStatusCode();

        await Api.ProblemAsync(await IdempotentWrites.RegisterAsync(Api.Anonymous(), email, "another password", key), (HttpStatusCode)422);

        await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(email), HttpStatusCode.OK);
    }

    [Test]
    public async Task Concurrent_repeats_of_a_registration_all_answer_the_one_account()
    {
        var email = Api.NewEmail("race");
        var key = IdempotentWrites.NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => IdempotentWrites.RegisterAsync(Api.Anonymous(), email, Api.Password, key)));
        var accounts = await Task.WhenAll(responses.Select(r => Api.ReadAsync<UserSummary>(r, HttpStatusCode.Created)));

        Assert.That(accounts.Distinct().Count(), Is.EqualTo(1));
    }

    private static async Task<long> PostsOfAsync(Session author)
    {
        var posts = TestApp.Factory.Services.GetRequiredService<MongoDatabases>().Get("posts").GetCollection<BsonDocument>("posts");
        return await posts.CountDocumentsAsync(Builders<BsonDocument>.Filter.Eq("authorId", author.User.Id));
    }
}
