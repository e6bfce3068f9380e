using Microsoft.AspNetCore.Http;

namespace MiniLinkedIn.ServiceDefaults.Http;

public static class IdempotencyKeyRequest
{
    /// <returns>
    /// The request's <c>Idempotency-Key</c> as sent (an empty one stays empty, so it is refused
    /// rather than taken for no key; model binding would turn it into null), or null without one.
    /// </returns>
    public static string? IdempotencyKey(this HttpRequest request) =>
        request.Headers.TryGetValue(BuildingBlocks.Idempotency.IdempotencyKey.Header, out var values) ? values.ToString() : null;
}
