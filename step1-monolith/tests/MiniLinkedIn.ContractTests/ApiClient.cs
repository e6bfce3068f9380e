using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>
/// A tiny typed client of the public Mini-LinkedIn API. Each call returns the whole response, so a
/// test can check the status, the headers and the body; the token is passed per call, so one
/// client serves several users.
/// </summary>
public sealed class ApiClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => baseAddress;

    public Task<ApiResponse> RegisterAsync(string email, string password) =>
        SendAsync(HttpMethod.Post, "/api/register", null, JsonContent.Create(new { email, password }, options: ApiJson.Options));

    public Task<ApiResponse> LoginAsync(string email, string password) =>
        SendAsync(HttpMethod.Post, "/api/login", null, JsonContent.Create(new { email, password }, options: ApiJson.Options));

    /// <summary>Registers a new account and logs it in, asserting both succeed.</summary>
    public async Task<Session> SignUpAsync(string email, string password)
    {
        (await RegisterAsync(email, password)).Expect<UserSummary>(HttpStatusCode.Created);
        var login = (await LoginAsync(email, password)).Expect<LoginResponse>(HttpStatusCode.OK);
        return new Session(login.User, login.AccessToken);
    }

    public Task<ApiResponse> GetFeedAsync(string? token, int? limit = null, string? cursor = null) =>
        SendAsync(HttpMethod.Get, "/api/post" + Query(limit, cursor), token);

    /// <summary>A post as multipart/form-data: <c>text</c> and an optional <c>image</c>.</summary>
    public Task<ApiResponse> CreatePostAsync(string? token, string? text, ImageUpload? image = null)
    {
        var form = new MultipartFormDataContent();
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        if (image is not null)
        {
            var file = new ByteArrayContent(image.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            form.Add(file, "image", image.FileName);
        }

        return SendAsync(HttpMethod.Post, "/api/post", token, form);
    }

    /// <summary>A text-only post as application/json <c>{text}</c>.</summary>
    public Task<ApiResponse> CreateTextPostAsJsonAsync(string? token, string? text) =>
        SendAsync(HttpMethod.Post, "/api/post", token, JsonContent.Create(new { text }, options: ApiJson.Options));

    public Task<ApiResponse> GetPostAsync(string? token, string id) =>
        SendAsync(HttpMethod.Get, "/api/post/" + Uri.EscapeDataString(id), token);

    public Task<ApiResponse> GetNotificationsAsync(string? token, int? limit = null, string? cursor = null) =>
        SendAsync(HttpMethod.Get, "/api/notification" + Query(limit, cursor), token);

    public Task<ApiResponse> CreateNotificationAsync(string? token, string postId) =>
        SendAsync(HttpMethod.Post, "/api/notification", token, JsonContent.Create(new { postId }, options: ApiJson.Options));

    public Task<ApiResponse> MarkNotificationReadAsync(string? token, string id) =>
        SendAsync(HttpMethod.Post, $"/api/notification/{Uri.EscapeDataString(id)}/read", token);

    /// <summary>A plain GET of a path (or an absolute URL such as an <c>imageUrl</c>), optionally with a token.</summary>
    public Task<ApiResponse> GetAsync(string pathOrUrl, string? token = null, Action<HttpRequestHeaders>? headers = null) =>
        SendAsync(HttpMethod.Get, pathOrUrl, token, null, headers);

    public async Task<ApiResponse> SendAsync(
        HttpMethod method, string pathOrUrl, string? token, HttpContent? content = null, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, pathOrUrl)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        headers?.Invoke(request.Headers);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new ApiResponse($"{method} {pathOrUrl}", response.StatusCode, response.Headers, response.Content.Headers, body);
    }

    public void Dispose() => http.Dispose();

    private static string Query(int? limit, string? cursor)
    {
        var parts = new List<string>();
        if (limit is { } l)
        {
            parts.Add("limit=" + l.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (cursor is not null)
        {
            parts.Add("cursor=" + Uri.EscapeDataString(cursor));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
