using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MiniLinkedIn.Monolith.Tests.Infrastructure;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>The client as the monolith serves it: a built app of its own in a temporary folder.</summary>
public sealed class ClientAppHostingTests
{
    private const string AssetPath = "/assets/index-3f9a1c.js";

    private static readonly string Script = string.Concat(Enumerable.Repeat("console.log('Mini-LinkedIn, fingerprinted and large enough to compress');\n", 2000));

    private DirectoryInfo dist = null!;
    private MonolithFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        dist = Directory.CreateTempSubdirectory("mini-linkedin-dist-");
        File.WriteAllText(Path.Combine(dist.FullName, "index.html"), $"<!doctype html><title>Mini-LinkedIn</title><script type=\"module\" src=\"{AssetPath}\"></script>");
        Directory.CreateDirectory(Path.Combine(dist.FullName, "assets"));
        File.WriteAllText(Path.Combine(dist.FullName, AssetPath.TrimStart('/')), Script);
        factory = new MonolithFactory(new Dictionary<string, string?> { ["ClientApp:RootPath"] = dist.FullName });
        client = factory.CreateApiClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
        dist.Delete(recursive: true);
    }

    [TestCase("/")]
    [TestCase("/feed")]
    [TestCase("/index.html")]
    public async Task The_page_carries_its_security_headers_and_is_revalidated(string path)
    {
        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(Header(response, "Content-Security-Policy"), Is.EqualTo(
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"));
        Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"));
        Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
        Assert.That(response.Headers.CacheControl?.MaxAge, Is.Null);
    }

    [TestCase("gzip")]
    [TestCase("br")]
    public async Task Fingerprinted_assets_go_out_compressed_and_cached_for_a_year(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, AssetPath);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("public, max-age=31536000, immutable"));
        Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.That(compressed, Has.Length.LessThan(Encoding.UTF8.GetByteCount(Script) / 10));
        Assert.That(Decompress(compressed, encoding), Is.EqualTo(Script));
    }

    [Test]
    public async Task An_asset_is_sent_plain_to_a_client_that_accepts_no_compression()
    {
        var response = await client.GetAsync(AssetPath);

        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(Script));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("public, max-age=31536000, immutable"));
    }

    [Test]
    public async Task Api_answers_are_not_compressed_by_the_client_hosting()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/jwks.json");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static string Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decompressing = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressing, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
