namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>The answer of <c>/.well-known/jwks.json</c>: the public keys that verify access tokens.</summary>
public sealed record JsonWebKeySet(IReadOnlyList<JsonWebKey> Keys);
