using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MiniLinkedIn.ServiceCalls;

/// <summary>Lets a request through to <c>/internal/*</c> only with the service credential; 401 otherwise.</summary>
internal sealed class InternalApiKeyFilter(string key) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[InternalApiOptions.HeaderName].ToString();
        if (!SameKey(presented, key))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Service credential required",
                detail: "This endpoint is for the other services of Mini-LinkedIn only.");
        }

        return await next(context);
    }

    // Hashing first makes both sides the same length, so the constant-time comparison leaks nothing, not even the length.
    private static bool SameKey(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
