using System.Text;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Testing.HostileInput;

/// <summary>
/// Broken multipart/form-data bodies for <c>POST /api/post</c>, written by hand (boundaries, part
/// headers, line breaks) because <see cref="MultipartFormDataContent"/> cannot produce them.
/// Plain BCL code: the black-box contract suite links this file too.
/// </summary>
public static class MalformedMultipart
{
    /// <summary>A string that no answer may contain: it only appears inside the hostile requests.</summary>
    public const string Canary = "zq-canary-7f3e";

    private const string Boundary = "----hostile-boundary-5c1d";

    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>One malformed request body: its name for the test report, content type and bytes.</summary>
    public sealed record Request(string Name, string ContentType, byte[] Body)
    {
        public HttpContent ToContent()
        {
            var content = new ByteArrayContent(Body);
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            return content;
        }

        public override string ToString() => Name;
    }

    /// <summary>Each answered 400 (never 500, never a hang) and stores nothing.</summary>
    public static IEnumerable<Request> All()
    {
        yield return WithHeaderBoundary("boundary never in the body", "another-boundary-" + Canary, Text("hello " + Canary));
        yield return new Request(
            "no closing boundary",
            FormData(Boundary),
            Bytes($"--{Boundary}\r\n", TextPartHeaders, "\r\nhello " + Canary + "\r\n"));
        yield return new Request(
            "file part cut off",
            FormData(Boundary),
            Concat(Bytes($"--{Boundary}\r\n", ImagePartHeaders("a.png")), Png.AsSpan(0, 20).ToArray()));
        yield return new Request("not multipart at all", FormData(Boundary), Bytes("{\"text\":\"hello " + Canary + "\"}"));
        yield return new Request("empty body", FormData(Boundary), []);
        yield return new Request("no boundary parameter", "multipart/form-data", Bytes($"--{Boundary}\r\n", TextPartHeaders, "\r\nhi\r\n--{Boundary}--\r\n"));
        yield return WithHeaderBoundary("boundary over 70 characters", new string('b', 71) + Canary, Text("hi"));
        yield return Multipart(
            "line break in a file name",
            Concat(Bytes($"Content-Disposition: form-data; name=\"image\"; filename=\"a\r\n{Canary}.png\"\r\nContent-Type: image/png\r\n\r\n"), Png));
        yield return Multipart(
            "part header line without a colon",
            Concat(Bytes($"Content-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n{Canary}\r\n\r\n"), Png));
        yield return Multipart("part headers over 16 KB", Bytes($"Content-Disposition: form-data; name=\"text\"\r\nX-{Canary}: {new string('h', 17 * 1024)}\r\n\r\nhi"));
        yield return Multipart("two image parts", Image("a.png"), Image("b.png"));
        yield return Multipart("image part without a file name", Text("hello " + Canary), Concat(Bytes("Content-Disposition: form-data; name=\"image\"\r\nContent-Type: image/png\r\n\r\n"), Png));
        yield return Multipart("image part with an empty file name", Text("hello " + Canary), Concat(Bytes("Content-Disposition: form-data; name=\"image\"; filename=\"\"\r\nContent-Type: image/png\r\n\r\n"), Png));
        yield return Multipart("two text parts", Text("hello " + Canary), Text("again " + Canary));
        yield return Multipart("text sent as a file", Bytes($"Content-Disposition: form-data; name=\"text\"; filename=\"{Canary}.txt\"\r\nContent-Type: text/plain\r\n\r\nhello"));
    }

    /// <summary>
    /// What a browser (or Postman) sends for a form whose file input was left empty: an image part
    /// with <c>filename=""</c> and no bytes. That is no image, not a malformed one: the text is published.
    /// </summary>
    public static Request UnchosenFileInput(string text) =>
        Multipart("file input left empty", Text(text), Bytes("Content-Disposition: form-data; name=\"image\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n"));

    /// <summary>Just over the request size limit of a post (the largest image + 1 MB): a 413, never a 500.</summary>
    public static Request OversizedFilePart()
    {
        var image = new byte[PostLimits.MaxRequestBytes + 1];
        Png.CopyTo(image, 0);
        return Multipart("file part over the size limit", Image("big.png", image));
    }

    private static string TextPartHeaders => "Content-Disposition: form-data; name=\"text\"\r\n";

    private static string ImagePartHeaders(string fileName) =>
        $"Content-Disposition: form-data; name=\"image\"; filename=\"{fileName}\"\r\nContent-Type: image/png\r\n\r\n";

    private static byte[] Text(string value) => Bytes(TextPartHeaders, "\r\n", value);

    private static byte[] Image(string fileName, byte[]? bytes = null) => Concat(Bytes(ImagePartHeaders(fileName)), bytes ?? Png);

    /// <summary>A well-framed body of the given parts (each: its headers, a blank line, its content).</summary>
    private static Request Multipart(string name, params byte[][] parts) => new(name, FormData(Boundary), Framed(parts));

    /// <summary>A well-framed body whose Content-Type names another boundary than the body uses.</summary>
    private static Request WithHeaderBoundary(string name, string headerBoundary, byte[] part) => new(name, FormData(headerBoundary), Framed([part]));

    private static byte[] Framed(byte[][] parts)
    {
        var body = new List<byte>();
        foreach (var part in parts)
        {
            body.AddRange(Bytes($"--{Boundary}\r\n"));
            body.AddRange(part);
            body.AddRange(Bytes("\r\n"));
        }

        body.AddRange(Bytes($"--{Boundary}--\r\n"));
        return body.ToArray();
    }

    private static string FormData(string boundary) => $"multipart/form-data; boundary=\"{boundary}\"";

    private static byte[] Bytes(params string[] texts) => Encoding.UTF8.GetBytes(string.Concat(texts));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
