using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Testing;

/// <summary>Small typed helpers over the real HTTP pipeline of a host under test.</summary>
public sealed class Api(IApiHost host)
{
    public const string Password = "correct horse battery";

    public HttpClient Anonymous() => host.CreateApiClient();

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static string NewEmail(string name = "user") => $"{name}-{Guid.NewGuid():N}@example.com";

    public Task<HttpResponseMessage> RegisterAsync(string email, string password = Password) =>
        Anonymous().PostAsJsonAsync("/api/register", new { email, password });

    public Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        Anonymous().PostAsJsonAsync("/api/login", new { email, password });

    public async Task<Session> NewSessionAsync(string name = "user")
    {
        var email = NewEmail(name);
        (await RegisterAsync(email)).EnsureSuccessStatusCode();
        var login = await ReadAsync<LoginResponse>(await LoginAsync(email), HttpStatusCode.OK);
        return new Session(login.User, login.AccessToken) { Client = WithToken(login.AccessToken) };
    }

    public static async Task<Post> PostTextAsync(Session author, string text)
    {
        using var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        return await ReadAsync<Post>(await author.Client.PostAsync("/api/post", form), HttpStatusCode.Created);
    }

    public static async Task<Post> PostImageAsync(Session author, string text, byte[] image, string fileName = "picture.png")
    {
        using var form = new MultipartFormDataContent { { new StringContent(text), "text" }, { new ByteArrayContent(image), "image", fileName } };
        return await ReadAsync<Post>(await author.Client.PostAsync("/api/post", form), HttpStatusCode.Created);
    }

    public static async Task<NotificationPage> NotificationsAsync(Session reader, string query = "") =>
        await ReadAsync<NotificationPage>(await reader.Client.GetAsync("/api/notification" + query), HttpStatusCode.OK);

    /// <summary>The notifications page as the unread badge asks for it: with the ETag of an earlier answer.</summary>
    public static async Task<HttpResponseMessage> NotificationsIfNoneMatchAsync(Session reader, string query, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notification" + query);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return await reader.Client.SendAsync(request);
    }

    /// <summary>Waits for the (asynchronously delivered) notification of a post to reach a reader.</summary>
    public static Task<Notification> NotificationOfAsync(Session reader, string postId) => Eventually.GetAsync(
        async () => (await NotificationsAsync(reader, "?limit=100")).Items.SingleOrDefault(n => n.PostId == postId),
        $"the notification of post {postId}");

    /// <summary>Asserts the status, then reads the JSON body.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        return JsonSerializer.Deserialize<T>(body, ApiJson.Options) ?? throw new AssertionException("Empty body.");
    }

    /// <summary>Asserts an RFC 9457 answer with the status, and returns it.</summary>
    public static async Task<Problem> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), await response.Content.ReadAsStringAsync());
        var problem = await ReadAsync<Problem>(response, expected);
        Assert.That(problem.Status, Is.EqualTo((int)expected));
        return problem;
    }
}
