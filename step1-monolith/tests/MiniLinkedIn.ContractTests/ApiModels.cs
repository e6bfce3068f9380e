namespace MiniLinkedIn.ContractTests;

// The public JSON shapes, as the contract describes them. Deserialisation respects nullability and
// required constructor parameters (see ApiClient.Json), so a missing or null field fails loudly.

public sealed record UserSummary(string Id, string Email);

public sealed record LoginResponse(string AccessToken, string TokenType, int ExpiresIn, UserSummary User);

public sealed record Post(string Id, UserSummary Author, string Text, string? ImageUrl, DateTimeOffset CreatedAt);

public sealed record PostPage(IReadOnlyList<Post> Items, string? NextCursor);

public sealed record Notification(string Id, string PostId, UserSummary Author, string Preview, DateTimeOffset CreatedAt, bool Read);

public sealed record NotificationPage(IReadOnlyList<Notification> Items, long UnreadCount, string? NextCursor);

/// <summary>RFC 7807 problem details: every member is optional; <c>errors</c> comes with validation problems.</summary>
public sealed record Problem(
    string? Type = null, string? Title = null, int? Status = null, string? Detail = null, IReadOnlyDictionary<string, string[]>? Errors = null);

public sealed record JsonWebKeySet(IReadOnlyList<JsonWebKey> Keys);

public sealed record JsonWebKey(string Kty, string Kid, string N, string E, string Alg, string Use);

/// <summary>An image to upload: its bytes and what the client claims about them.</summary>
public sealed record ImageUpload(byte[] Bytes, string FileName, string ContentType);

/// <summary>A registered, logged-in user.</summary>
public sealed record Session(UserSummary User, string Email, string Password, string AccessToken)
{
    public string Id => User.Id;
}
