using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MiniLinkedIn.Testing;

public sealed record UserDto(string Id, string Email);

public sealed record LoginDto(string AccessToken, string TokenType, int ExpiresIn, UserDto User);

public sealed record PostDto(string Id, UserDto Author, string Text, string? ImageUrl, DateTime CreatedAt);

public sealed record PostPageDto(List<PostDto> Items, string? NextCursor);

public sealed record NotificationDto(string Id, string PostId, UserDto Author, string Preview, DateTime CreatedAt, bool Read);

public sealed record NotificationPageDto(List<NotificationDto> Items, long UnreadCount, string? NextCursor);

public sealed record ProblemDto(string? Type, string? Title, int Status, string? Detail, Dictionary<string, string[]>? Errors);

/// <summary>A user of the API: registered, logged in, holding a client with their token.</summary>
public sealed record Session(UserDto User, string Token, HttpClient Client);

/// <summary>Small typed helpers over the real HTTP pipeline of a host under test.</summary>
public sealed class Api(IApiHost host)
{
    public const string Password = "correct horse battery";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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
        var login = await ReadAsync<LoginDto>(await LoginAsync(email), HttpStatusCode.OK);
        return new Session(login.User, login.AccessToken, WithToken(login.AccessToken));
    }

    public static async Task<PostDto> PostTextAsync(Session author, string text)
    {
        using var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        return await ReadAsync<PostDto>(await author.Client.PostAsync("/api/post", form), HttpStatusCode.Created);
    }

    public static async Task<PostDto> PostImageAsync(Session author, string text, byte[] image, string fileName = "picture.png")
    {
        using var form = new MultipartFormDataContent { { new StringContent(text), "text" }, { new ByteArrayContent(image), "image", fileName } };
        return await ReadAsync<PostDto>(await author.Client.PostAsync("/api/post", form), HttpStatusCode.Created);
    }

    public static async Task<NotificationPageDto> NotificationsAsync(Session reader, string query = "") =>
        await ReadAsync<NotificationPageDto>(await reader.Client.GetAsync("/api/notification" + query), HttpStatusCode.OK);

    /// <summary>Waits for the (asynchronously delivered) notification of a post to reach a reader.</summary>
    public static Task<NotificationDto> NotificationOfAsync(Session reader, string postId) => Eventually.GetAsync(
        async () => (await NotificationsAsync(reader, "?limit=100")).Items.SingleOrDefault(n => n.PostId == postId),
        $"the notification of post {postId}");

    /// <summary>Asserts the status, then reads the JSON body.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new AssertionException("Empty body.");
    }

    /// <summary>Asserts an RFC 7807 answer with the status, and returns it.</summary>
    public static async Task<ProblemDto> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), await response.Content.ReadAsStringAsync());
        var problem = await ReadAsync<ProblemDto>(response, expected);
        Assert.That(problem.Status, Is.EqualTo((int)expected));
        return problem;
    }
}
