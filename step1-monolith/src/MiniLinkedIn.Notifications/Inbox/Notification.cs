using MiniLinkedIn.BuildingBlocks.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>One per post, shared by every reader but the author (fan-out on read).</summary>
internal sealed class Notification : ITimeOrdered
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
