namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>One public RSA key of a <see cref="JsonWebKeySet"/>.</summary>
public sealed record JsonWebKey(string Kty, string Kid, string N, string E, string Alg, string Use);
