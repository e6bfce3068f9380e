using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Users.Api;

[ApiController]
[Tags("Accounts")]
internal sealed class JwksController(SigningKeyStore keys) : ControllerBase
{
    /// <summary>The public keys that verify our tokens (RFC 7517), for services that validate locally.</summary>
    /// <remarks>
    /// A token names its key in the <c>kid</c> of its header. The set may be cached for five minutes;
    /// fetch it again when a token names a key it does not hold.
    /// </remarks>
    /// <response code="200">The key set.</response>
    [HttpGet("/.well-known/jwks.json", Name = "getJwks")]
    [ResponseCache(Duration = 300)]
    [ProducesResponseType<ServiceDefaults.OpenApi.JsonWebKeySet>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Get() => new JsonResult(new
    {
        keys = new[]
        {
            new { kty = keys.PublicJwk.Kty, use = keys.PublicJwk.Use, alg = keys.PublicJwk.Alg, kid = keys.PublicJwk.Kid, n = keys.PublicJwk.N, e = keys.PublicJwk.E },
        },
    });
}
