using System.Net;
using System.Text;

namespace MiniLinkedIn.Testing.HostileInput;

/// <summary>
/// Requests to every endpoint that must be turned down with a problem that neither names a .NET
/// type nor quotes the request. Plain BCL code: the black-box contract suite links this file too.
/// </summary>
public static class HostileRequests
{
    /// <summary>One hostile request; <see cref="Path"/> may hold <c>{post}</c>, replaced by the id of an existing post.</summary>
    public sealed record Request(string Name, HttpMethod Method, string Path, bool WithToken, HttpStatusCode Expected, string? ContentType = null, string? Body = null)
    {
        public HttpContent? Content()
        {
            if (Body is null && ContentType is null)
            {
                return null;
            }

            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body ?? ""));
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            return content;
        }

        public string PathFor(string existingPostId) => Path.Replace("{post}", existingPostId, StringComparison.Ordinal);

        public override string ToString() => Name;
    }

    /// <summary>A well-formed id that names nothing; no answer may quote it.</summary>
    public const string UnknownId = "0123456789abcdef01234567";

    /// <summary>Digits too many for a number; no answer may quote them.</summary>
    public const string TooLargeNumber = "98765432109876543210";

    private const string Canary = MalformedMultipart.Canary;
    private const string Json = "application/json";

    public static IEnumerable<Request> All()
    {
        foreach (var path in new[] { "/api/register", "/api/login" })
        {
            var endpoint = path[5..];
            yield return Anonymous($"{endpoint}: a number for the email", path, $"{{\"email\": 5, \"password\": \"{Canary}\"}}");
            yield return Anonymous($"{endpoint}: an array for the email", path, $"{{\"email\": [\"{Canary}\"], \"password\": \"x\"}}");
            yield return Anonymous($"{endpoint}: JSON cut off", path, $"{{\"email\": \"{Canary}");
            yield return Anonymous($"{endpoint}: an array for the body", path, $"[\"{Canary}\"]");
            yield return Anonymous($"{endpoint}: a string for the body", path, $"\"{Canary}\"");
            yield return Anonymous($"{endpoint}: null for the body", path, "null");
            yield return Anonymous($"{endpoint}: not JSON", path, $"{Canary}=1");
            yield return Anonymous($"{endpoint}: unknown key with a broken value", path, $"{{\"{Canary}\": }}");
            yield return Anonymous($"{endpoint}: a broken value after an unknown key", path, $"{{\"{Canary}\": 1, \"email\": tru}}");
            yield return Anonymous($"{endpoint}: empty body", path, "");
            yield return new($"{endpoint}: unknown charset", HttpMethod.Post, path, false, HttpStatusCode.UnsupportedMediaType, $"application/json; charset={Canary}", "{}");
            yield return new($"{endpoint}: unsupported media type", HttpMethod.Post, path, false, HttpStatusCode.UnsupportedMediaType, $"application/{Canary}", "{}");
        }

        yield return Anonymous("register: an address that is not one", "/api/register", $"{{\"email\": \"{Canary}\", \"password\": \"{Canary}\"}}");
        yield return Authenticated("post: a number for the text", HttpMethod.Post, "/api/post", HttpStatusCode.BadRequest, Json, "{\"text\": 5}");
        yield return Authenticated("post: JSON cut off", HttpMethod.Post, "/api/post", HttpStatusCode.BadRequest, Json, $"{{\"text\": \"{Canary}");
        yield return Authenticated("post: unknown key with a broken value", HttpMethod.Post, "/api/post", HttpStatusCode.BadRequest, Json, $"{{\"{Canary}\": }}");
        yield return Authenticated("post: unknown id", HttpMethod.Get, "/api/post/" + UnknownId, HttpStatusCode.NotFound);
        yield return Authenticated("post: malformed id", HttpMethod.Get, $"/api/post/{Canary}", HttpStatusCode.NotFound);
        yield return Authenticated("feed: limit not a number", HttpMethod.Get, $"/api/post?limit={Canary}", HttpStatusCode.BadRequest);
        yield return Authenticated("feed: limit too large for a number", HttpMethod.Get, "/api/post?limit=" + TooLargeNumber, HttpStatusCode.BadRequest);
        yield return Authenticated("feed: forged cursor", HttpMethod.Get, $"/api/post?cursor={Canary}", HttpStatusCode.BadRequest);
        yield return Authenticated("notifications: limit not a number", HttpMethod.Get, $"/api/notification?limit={Canary}", HttpStatusCode.BadRequest);
        yield return Authenticated("notifications: forged cursor", HttpMethod.Get, $"/api/notification?cursor={Canary}", HttpStatusCode.BadRequest);
        yield return Authenticated("announce: malformed post id", HttpMethod.Post, "/api/notification", HttpStatusCode.BadRequest, Json, $"{{\"postId\": \"{Canary}\"}}");
        yield return Authenticated("announce: a number for the post id", HttpMethod.Post, "/api/notification", HttpStatusCode.BadRequest, Json, "{\"postId\": 5}");
        yield return Authenticated("announce: unknown post", HttpMethod.Post, "/api/notification", HttpStatusCode.NotFound, Json, $"{{\"postId\": \"{UnknownId}\"}}");
        yield return Authenticated("announce: JSON cut off", HttpMethod.Post, "/api/notification", HttpStatusCode.BadRequest, Json, $"{{\"postId\": \"{Canary}");
        yield return Authenticated("mark read: malformed id", HttpMethod.Post, $"/api/notification/{Canary}/read", HttpStatusCode.NotFound);
        yield return Authenticated("mark read: unknown id", HttpMethod.Post, $"/api/notification/{UnknownId}/read", HttpStatusCode.NotFound);
        yield return Authenticated("mark read: a post id", HttpMethod.Post, "/api/notification/{post}/read", HttpStatusCode.NotFound);
        yield return new("image: unknown id", HttpMethod.Get, $"/api/post/images/{Canary}", false, HttpStatusCode.NotFound);
        yield return new("unknown API path", HttpMethod.Get, $"/api/{Canary}", false, HttpStatusCode.NotFound);
        yield return Authenticated("method not allowed", HttpMethod.Delete, "/api/post/{post}", HttpStatusCode.MethodNotAllowed);
    }

    private static Request Anonymous(string name, string path, string body) =>
        new(name, HttpMethod.Post, path, false, HttpStatusCode.BadRequest, Json, body);

    private static Request Authenticated(string name, HttpMethod method, string path, HttpStatusCode expected, string? contentType = null, string? body = null) =>
        new(name, method, path, true, expected, contentType, body);
}
