using MongoDB.Bson;

namespace MiniLinkedIn.Users.Accounts;

internal sealed class UserAccount
{
    public ObjectId Id { get; init; }

    /// <summary>In its one stored form (<see cref="EmailAddress.TryNormalize"/>); unique.</summary>
    public required string Email { get; init; }

    public required string PasswordHash { get; set; }

    public DateTime CreatedAt { get; init; }
}
