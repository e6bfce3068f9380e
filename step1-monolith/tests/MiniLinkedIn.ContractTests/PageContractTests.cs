using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace MiniLinkedIn.ContractTests;

/// <summary>The HTML page the client is served with, and the files it loads.</summary>
[TestFixture]
public sealed partial class PageContractTests : ContractTest
{
    [TestCase("/")]
    [TestCase("/login")]
    public async Task ThePageCarriesItsSecurityHeaders(string path)
    {
        var response = await Api.GetAsync(path);

        response.ExpectStatus(HttpStatusCode.OK);
        var csp = Directives(Header(response, "Content-Security-Policy"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MediaType, Is.EqualTo("text/html"), response.ToString());
            Assert.That(csp.GetValueOrDefault("default-src"), Is.EqualTo("'self'"), "CSP default-src");
            Assert.That(csp.GetValueOrDefault("script-src") ?? csp.GetValueOrDefault("default-src"), Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"), "CSP script-src");
            Assert.That(csp.GetValueOrDefault("img-src"), Does.StartWith("'self'"), "CSP img-src");
            Assert.That(csp.GetValueOrDefault("object-src"), Is.EqualTo("'none'"), "CSP object-src");
            Assert.That(csp.GetValueOrDefault("frame-ancestors"), Is.EqualTo("'none'"), "CSP frame-ancestors: the page cannot be framed");
            Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(Header(response, "Referrer-Policy"), Is.AnyOf("no-referrer", "strict-origin", "strict-origin-when-cross-origin"));
            Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY").IgnoreCase);
            Assert.That(response.Headers.CacheControl?.NoCache, Is.True, "index.html is revalidated");
        }
    }

    [Test]
    public async Task ThePageHasNoInlineScriptOrStyleThePolicyWouldBlock()
    {
        var html = (await Api.GetAsync("/")).ExpectStatus(HttpStatusCode.OK).Text;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(InlineScript().Matches(html), Is.Empty, "a <script> without src");
            Assert.That(html, Does.Not.Contain("<style").IgnoreCase, "a <style> element");
            Assert.That(InlineStyleOrHandler().Matches(html), Is.Empty, "a style= or on...= attribute");
        }
    }

    [Test]
    public async Task FingerprintedAssetsGoOutCompressedAndCachedForAYear()
    {
        var html = (await Api.GetAsync("/")).ExpectStatus(HttpStatusCode.OK).Text;
        var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).Distinct().ToList();
        Assert.That(assets, Is.Not.Empty, "the page loads files from /assets/");

        foreach (var asset in assets)
        {
            var response = await Api.GetAsync(asset, headers: h =>
            {
                h.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
                h.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            });

            response.ExpectStatus(HttpStatusCode.OK);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(response.ContentHeaders.ContentEncoding, Has.Some.AnyOf("br", "gzip"), $"Content-Encoding of {asset}");
                Assert.That(response.Headers.CacheControl?.Public, Is.True, $"Cache-Control of {asset}");
                Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromDays(365)), $"Cache-Control of {asset}");
                Assert.That(response.Headers.CacheControl?.Extensions.Select(e => e.Name), Does.Contain("immutable"), $"Cache-Control of {asset}");
            }
        }
    }

    private static string? Header(ApiResponse response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>The directives of a Content-Security-Policy, by name.</summary>
    private static Dictionary<string, string> Directives(string? policy) =>
        (policy ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d.Length > 1 ? d[1].Trim() : "");

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\s(style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleOrHandler();

    [GeneratedRegex(@"(?:src|href)=""(?<path>/assets/[^""]+)""")]
    private static partial Regex AssetReference();
}
