namespace MiniLinkedIn.Users.Tokens;

/// <summary>A signed token and how many seconds it is valid for.</summary>
internal sealed record IssuedToken(string AccessToken, int ExpiresInSeconds);
