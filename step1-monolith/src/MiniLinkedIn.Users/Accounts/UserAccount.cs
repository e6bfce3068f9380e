using MongoDB.Bson;

namespace MiniLinkedIn.Users.Accounts;

public sealed class UserAccount
{
    public ObjectId Id { get; init; }

    /// <summary>Trimmed and lower-cased; unique.</summary>
    public required string Email { get; init; }

    public required string PasswordHash { get; set; }

    public DateTime CreatedAt { get; init; }
}
