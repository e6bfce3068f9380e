using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Users.Api;

[ApiController]
[Tags("Accounts")]
public sealed class JwksController(SigningKeyStore keys) : ControllerBase
{
    /// <summary>The public keys that verify our tokens (RFC 7517), for services that validate locally.</summary>
    [HttpGet("/.well-known/jwks.json")]
    [ResponseCache(Duration = 300)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public IActionResult Get() => new JsonResult(new
    {
        keys = new[]
        {
            new { kty = keys.PublicJwk.Kty, use = keys.PublicJwk.Use, alg = keys.PublicJwk.Alg, kid = keys.PublicJwk.Kid, n = keys.PublicJwk.N, e = keys.PublicJwk.E },
        },
    });
}
