using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>The 429 answer, the same whether the endpoint limiter or an in-action limiter said no.</summary>
public static class TooManyRequests
{
    public const string Title = "Too many requests";
    public const string Detail = "Too many attempts. Wait a minute and try again.";

    private static readonly TimeSpan WhenUnknown = TimeSpan.FromMinutes(1);

    public static IResult Problem() => Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: Title, detail: Detail);

    /// <summary>Tells the client when to try again (RFC 9110 Retry-After, whole seconds): when the refused lease's window ends.</summary>
    public static void SetRetryAfter(HttpResponse response, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : WhenUnknown;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}
