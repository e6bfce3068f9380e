using MongoDB.Bson;

namespace MiniLinkedIn.Users.Throttling;

/// <summary>How many login attempts one email or one client address made in its current window.</summary>
internal sealed class LoginAttemptWindow
{
    public ObjectId Id { get; init; }

    /// <summary><c>email:…</c> or <c>client:…</c>; unique.</summary>
    public required string Key { get; init; }

    public DateTime WindowStart { get; init; }

    public int Attempts { get; init; }

    /// <summary>When the counter may be deleted (a TTL index on MongoDB; nothing reads it).</summary>
    public DateTime ExpiresAt { get; init; }
}
