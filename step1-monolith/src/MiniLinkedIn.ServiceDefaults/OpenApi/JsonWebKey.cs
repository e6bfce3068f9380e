namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>An RSA public key (RFC 7517, RFC 7518 section 6.3).</summary>
/// <param name="Kty" example="RSA">Key type: <c>RSA</c>.</param>
/// <param name="Use" example="sig">Public key use: <c>sig</c>.</param>
/// <param name="Alg" example="RS256">Algorithm: <c>RS256</c>.</param>
/// <param name="Kid" example="q5m4Wn8C0oQ7s2m9T0a1b2c3d4e5f6g7h8i9j0k1l2m">Key id: the key's JWK thumbprint (RFC 7638).</param>
/// <param name="N">Modulus, base64url.</param>
/// <param name="E" example="AQAB">Exponent, base64url.</param>
public sealed record JsonWebKey(string Kty, string Use, string Alg, string Kid, string N, string E);
