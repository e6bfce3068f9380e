namespace MiniLinkedIn.Monolith;

/// <summary>What the client's HTML page and its files are sent with.</summary>
public static class PageHeaders
{
    /// <summary>
    /// What the built React app needs and no more: its own scripts and styles (Vite emits no inline
    /// ones), images from the API, data: (the favicon) and blob: (the preview of a chosen image),
    /// API calls to the same origin; it may not be framed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
        + "base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Vite fingerprints what it puts under /assets: a changed file gets a new name, so it may be cached for good.</summary>
    public const string FingerprintedCacheControl = "public, max-age=31536000, immutable";

    /// <summary>The HTML page: always revalidated (it names the current assets), not framed, no referrer, no sniffing.</summary>
    public static void ForPage(IHeaderDictionary headers)
    {
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
