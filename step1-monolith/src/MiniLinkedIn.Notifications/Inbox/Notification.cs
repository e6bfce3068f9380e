using MiniLinkedIn.ServiceDefaults.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>One per post, shared by every reader but the author (fan-out on read).</summary>
public sealed class Notification : ITimeOrdered
{
    public const int PreviewLength = 140;

    public ObjectId Id { get; init; }

    /// <summary>Unique: the idempotency key of delivery.</summary>
    public required string PostId { get; init; }

    public required string AuthorId { get; init; }

    public required string AuthorEmail { get; init; }

    public required string Preview { get; init; }

    public DateTime CreatedAt { get; init; }

    public static string PreviewOf(string text) =>
        text.Length <= PreviewLength ? text : string.Concat(text.AsSpan(0, PreviewLength - 1).TrimEnd(), "…");
}

/// <summary>That one user has read one notification. Read state is per user.</summary>
public sealed class ReadMark
{
    public ObjectId Id { get; init; }

    public ObjectId NotificationId { get; init; }

    public required string UserId { get; init; }

    /// <summary>Copied from the notification, so the cleaner can drop marks without a join.</summary>
    public DateTime NotificationCreatedAt { get; init; }

    public DateTime ReadAt { get; init; }
}
