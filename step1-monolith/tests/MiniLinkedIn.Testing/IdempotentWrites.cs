using System.Net.Http.Json;

namespace MiniLinkedIn.Testing;

/// <summary>Writes sent with an <c>Idempotency-Key</c>, as a retrying client sends them.</summary>
public static class IdempotentWrites
{
    public const string Header = "Idempotency-Key";

    public static string NewKey() => Guid.NewGuid().ToString();

    public static Task<HttpResponseMessage> PostTextAsync(HttpClient client, string text, string key, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/post")
        {
            Content = new MultipartFormDataContent { { new StringContent(text), "text" } },
        };
        request.Headers.TryAddWithoutValidation(Header, key);
        return client.SendAsync(request, cancellationToken);
    }

    public static Task<HttpResponseMessage> PostImageAsync(HttpClient client, string text, byte[] image, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/post")
        {
            Content = new MultipartFormDataContent { { new StringContent(text), "text" }, { new ByteArrayContent(image), "image", "a.png" } },
        };
        request.Headers.TryAddWithoutValidation(Header, key);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/register") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.TryAddWithoutValidation(Header, key);
        return client.SendAsync(request);
    }
}
