using System.Net;
using System.Text.Json;
using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Notifications.Inbox;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Users.Accounts;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class HealthAndDocsTests
{
    private static Api Api => TestApp.Api;

    [Test]
    public async Task Healthz_and_readyz_answer_healthy_with_mongodb_and_s3_checked()
    {
        var client = Api.Anonymous();
        Assert.That((await client.GetAsync("/healthz")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var ready = await client.GetAsync("/readyz");
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.RootElement.GetProperty("checks").GetProperty("mongodb").GetString(), Is.EqualTo("Healthy"));
        Assert.That(body.RootElement.GetProperty("checks").GetProperty("s3").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Readyz_is_a_503_problem_when_mongodb_is_unreachable()
    {
        using var factory = new MonolithFactory(new Dictionary<string, string?>
        {
            ["Mongo:ConnectionString"] = "mongodb://127.0.0.1:9/?directConnection=true&serverSelectionTimeoutMS=500",
        }, waitUntilReady: false);
        var client = new Api(factory).Anonymous();

        Assert.That((await client.GetAsync("/healthz")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Api.ProblemAsync(await client.GetAsync("/readyz"), HttpStatusCode.ServiceUnavailable);
    }

    [Test]
    public async Task Swagger_documents_every_endpoint_and_the_bearer_scheme()
    {
        var client = Api.Anonymous();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/register", "/api/login", "/api/post", "/api/post/{id}", "/api/post/images/{imageId}",
            "/api/notification", "/api/notification/{id}/read", "/.well-known/jwks.json",
        }));
        Assert.That(doc.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _), Is.True);
        var createPost = doc.RootElement.GetProperty("paths").GetProperty("/api/post").GetProperty("post");
        Assert.That(createPost.GetProperty("responses").EnumerateObject().Select(r => r.Name), Is.SupersetOf(new[] { "201", "400", "401", "413", "415" }));
        Assert.That(createPost.TryGetProperty("security", out _), Is.True);
        Assert.That(doc.RootElement.GetProperty("paths").GetProperty("/api/login").GetProperty("post").TryGetProperty("security", out _), Is.False);
        Assert.That((await client.GetAsync("/swagger/index.html")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Unknown_api_path_is_a_404_problem() =>
        await Api.ProblemAsync(await Api.Anonymous().GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);

    [Test]
    public async Task The_api_document_states_each_limit_from_the_constant_the_code_enforces()
    {
        var document = await Api.Anonymous().GetStringAsync("/swagger/v1/swagger.json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document, Does.Contain($"1 to {PostLimits.MaxTextLength} characters"));
            Assert.That(document, Does.Contain($"at most {PostLimits.MaxImageMegabytes} MB"));
            Assert.That(document, Does.Contain($"{AccountLimits.MinPasswordLength} to {AccountLimits.MaxPasswordLength} characters"));
            Assert.That(document, Does.Contain($"default {PageQuery.DefaultLimit}, at most {PageQuery.MaxLimit}"));
            Assert.That(document, Does.Contain($"at most {Notification.PreviewLength} characters, ending in an ellipsis"));
            Assert.That(document, Does.Not.Match("{(Max|Min|Default)[A-Za-z]+}"), "a placeholder left unfilled");
        }

        // The same values for programs (the client's generated limits.ts is made from them).
        using var json = JsonDocument.Parse(document);
        var limits = json.RootElement.GetProperty("info").GetProperty("x-limits");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(limits.GetProperty("maxPostTextLength").GetInt32(), Is.EqualTo(PostLimits.MaxTextLength));
            Assert.That(limits.GetProperty("maxImageBytes").GetInt64(), Is.EqualTo(PostLimits.MaxImageBytes));
            Assert.That(limits.GetProperty("maxImageMegabytes").GetInt32(), Is.EqualTo(PostLimits.MaxImageMegabytes));
            Assert.That(limits.GetProperty("minPasswordLength").GetInt32(), Is.EqualTo(AccountLimits.MinPasswordLength));
            Assert.That(limits.GetProperty("maxPasswordLength").GetInt32(), Is.EqualTo(AccountLimits.MaxPasswordLength));
            Assert.That(limits.GetProperty("maxEmailLength").GetInt32(), Is.EqualTo(AccountLimits.MaxEmailLength));
            Assert.That(limits.GetProperty("maxPageSize").GetInt32(), Is.EqualTo(PageQuery.MaxLimit));
            Assert.That(limits.GetProperty("notificationPreviewLength").GetInt32(), Is.EqualTo(Notification.PreviewLength));
        }
    }
}
