namespace MiniLinkedIn.ServiceDefaults.OpenApi;

// The JWKS shape as /.well-known/jwks.json writes it, for the API description only (the endpoint
// writes it from the signing key; services read it with Microsoft.IdentityModel's own type).

/// <summary>A JSON Web Key Set (RFC 7517): the public keys that verify the API's tokens.</summary>
/// <param name="Keys">One key per signing key in use; a token's <c>kid</c> header names its key.</param>
public sealed record JsonWebKeySet(IReadOnlyList<JsonWebKey> Keys);
