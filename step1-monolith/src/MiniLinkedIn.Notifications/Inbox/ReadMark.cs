using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>That one user has read one notification. Read state is per user.</summary>
internal sealed class ReadMark
{
    public ObjectId Id { get; init; }

    public ObjectId NotificationId { get; init; }

    public required string UserId { get; init; }

    /// <summary>Copied from the notification, so the cleaner can drop marks without a join.</summary>
    public DateTime NotificationCreatedAt { get; init; }

    public DateTime ReadAt { get; init; }
}
