using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>The 429 answer of a rate limit.</summary>
public static class TooManyRequests
{
    public const string Title = "Too many requests";
    public const string Detail = "Too many attempts. Wait a minute and try again.";

    /// <summary>Tells the client when to try again (RFC 9110 Retry-After, whole seconds).</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wait)
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}
