namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>The answer of <c>POST /api/login</c>: a bearer token and who it is for.</summary>
public sealed record LoginResponse(string AccessToken, string TokenType, int ExpiresIn, UserSummary User);
