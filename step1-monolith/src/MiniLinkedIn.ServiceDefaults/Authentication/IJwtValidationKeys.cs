using Microsoft.IdentityModel.Tokens;

namespace MiniLinkedIn.ServiceDefaults.Authentication;

/// <summary>
/// Where a host gets the public keys that tokens are checked against: the monolith asks the
/// Users module in-process; a separate service would read the issuer's JWKS.
/// </summary>
public interface IJwtValidationKeys
{
    IEnumerable<SecurityKey> GetValidationKeys();
}
