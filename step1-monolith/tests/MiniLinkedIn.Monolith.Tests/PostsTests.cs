using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.Testing;
using Post = MiniLinkedIn.Testing.ApiModels.Post;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class PostsTests
{
    private static Api Api => TestApp.Api;

    [Test]
    public async Task Text_post_is_created_with_its_author_and_a_location()
    {
        var ada = await Api.NewSessionAsync("ada");
        using var form = new MultipartFormDataContent { { new StringContent("  Hello\nworld  "), "text" } };
        var response = await ada.Client.PostAsync("/api/post", form);
        var post = await Api.ReadAsync<Post>(response, HttpStatusCode.Created);

        Assert.That(post.Text, Is.EqualTo("Hello\nworld"));
        Assert.That(post.Author, Is.EqualTo(ada.User));
        Assert.That(post.ImageUrl, Is.Null);
        Assert.That(post.CreatedAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        Assert.That(CreatedAtAsDateTime(await response.Content.ReadAsStringAsync()).Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(response.Headers.Location?.ToString(), Does.EndWith($"/api/post/{post.Id}"));
    }

    [Test]
    public async Task Location_is_relative_whatever_Host_the_request_names()
    {
        var ada = await Api.NewSessionAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/post") { Content = JsonContent.Create(new { text = "hosted" }) };
        request.Headers.Host = "evil.example";

        var response = await ada.Client.SendAsync(request);

        var post = await Api.ReadAsync<Post>(response, HttpStatusCode.Created);
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/api/post/{post.Id}"));
    }

    [Test]
    public async Task Json_body_is_accepted_for_a_text_post()
    {
        var ada = await Api.NewSessionAsync();
        var post = await Api.ReadAsync<Post>(await ada.Client.PostAsJsonAsync("/api/post", new { text = "json" }), HttpStatusCode.Created);

        Assert.That(post.Text, Is.EqualTo("json"));
    }

    [TestCase("")]
    [TestCase("   \n ")]
    public async Task Empty_post_is_400(string text)
    {
        var ada = await Api.NewSessionAsync();
        using var form = new MultipartFormDataContent { { new StringContent(text), "text" } };

        var problem = await Api.ProblemAsync(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.BadRequest);
        Assert.That(problem.Errors, Does.ContainKey("text"));
        await Api.ProblemAsync(await ada.Client.PostAsJsonAsync("/api/post", new { text }), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Text_up_to_the_limit_is_accepted_and_one_more_character_is_400()
    {
        var ada = await Api.NewSessionAsync();

        await Api.ReadAsync<Post>(await ada.Client.PostAsJsonAsync("/api/post", new { text = new string('a', PostLimits.MaxTextLength) }), HttpStatusCode.Created);
        var problem = await Api.ProblemAsync(
            await ada.Client.PostAsJsonAsync("/api/post", new { text = new string('a', PostLimits.MaxTextLength + 1) }), HttpStatusCode.BadRequest);
        Assert.That(problem.Errors, Does.ContainKey("text"));
    }

    [Test]
    public async Task Image_only_post_is_accepted()
    {
        var ada = await Api.NewSessionAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png), "image", "a.png" } };

        var post = await Api.ReadAsync<Post>(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.Created);
        Assert.That(post.Text, Is.Empty);
        Assert.That(post.ImageUrl, Is.Not.Null);
    }

    [Test]
    public async Task Image_over_5_MB_is_413()
    {
        var ada = await Api.NewSessionAsync();
        using var form = new MultipartFormDataContent { { new StringContent("big"), "text" }, { new ByteArrayContent(TestImages.OversizedPng()), "image", "big.png" } };

        await Api.ProblemAsync(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Body_far_over_the_limit_is_413_problem_not_500()
    {
        var ada = await Api.NewSessionAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[12 * 1024 * 1024]), "image", "huge.png" } };

        await Api.ProblemAsync(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task File_that_is_not_an_image_is_415_whatever_it_claims()
    {
        var ada = await Api.NewSessionAsync();
        var fake = new ByteArrayContent("just some text, not a picture"u8.ToArray());
        fake.Headers.ContentType = new("image/png");
        using var form = new MultipartFormDataContent { { new StringContent("hi"), "text" }, { fake, "image", "fake.png" } };

        await Api.ProblemAsync(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Own_post_can_be_read_by_id()
    {
        var ada = await Api.NewSessionAsync();
        var created = await Api.PostTextAsync(ada, "mine");

        var read = await Api.ReadAsync<Post>(await ada.Client.GetAsync($"/api/post/{created.Id}"), HttpStatusCode.OK);
        Assert.That(read, Is.EqualTo(created));
    }

    [Test]
    public async Task Unknown_and_malformed_post_ids_get_the_same_404()
    {
        var ada = await Api.NewSessionAsync();

        var unknown = await Api.ProblemAsync(await ada.Client.GetAsync($"/api/post/{new string('0', 24)}"), HttpStatusCode.NotFound);
        var malformed = await Api.ProblemAsync(await ada.Client.GetAsync("/api/post/not-an-id"), HttpStatusCode.NotFound);
        Assert.That((malformed.Title, malformed.Detail), Is.EqualTo((unknown.Title, unknown.Detail)));
    }

    [Test]
    public async Task Posting_without_a_token_is_401()
    {
        using var form = new MultipartFormDataContent { { new StringContent("anonymous"), "text" } };
        await Api.ProblemAsync(await Api.Anonymous().PostAsync("/api/post", form), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Post_without_a_body_is_a_problem_not_a_500()
    {
        var ada = await Api.NewSessionAsync();

        var response = await ada.Client.PostAsync("/api/post", null);
        Assert.That((int)response.StatusCode, Is.EqualTo(400).Or.EqualTo(415), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Unsupported_body_type_is_415()
    {
        var ada = await Api.NewSessionAsync();
        using var body = new StringContent("text=plain", System.Text.Encoding.UTF8, "text/plain");

        Assert.That((await ada.Client.PostAsync("/api/post", body)).StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    /// <summary>
    /// The body's <c>createdAt</c> read as a <see cref="DateTime"/>: its kind is UTC only when the timestamp carries
    /// the UTC designator <c>Z</c> (an offset such as +00:00 reads as local time, no offset as unspecified).
    /// </summary>
    private static DateTime CreatedAtAsDateTime(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("createdAt").GetDateTime();
    }
}
