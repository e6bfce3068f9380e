using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>
/// One document of <see cref="InboxVersions"/>, by <see cref="Key"/>: a counter raised after every
/// change to what readers see (<see cref="InboxVersions.Everybody"/>'s on deliveries and clean-ups,
/// a reader's own on their read marks), or a reader's remembered unread count.
/// </summary>
internal sealed class InboxVersion
{
    public ObjectId Id { get; init; }

    /// <summary>Unique: <see cref="InboxVersions.Everybody"/>, a reader's user id, or <see cref="InboxVersions.UnreadKey"/> of one.</summary>
    public required string Key { get; init; }

    public long Version { get; init; }

    /// <summary>On an unread-count document: the reader's unread count, as counted at <see cref="CountedAt"/>.</summary>
    public long? UnreadCount { get; init; }

    /// <summary>On an unread-count document: <see cref="InboxState.Versions"/> when the count was taken.</summary>
    public string? CountedAt { get; init; }
}
