using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>
/// A counter raised after every change to what readers see: <see cref="InboxVersions.Everybody"/>'s
/// on deliveries and clean-ups, a reader's own on their read marks.
/// </summary>
internal sealed class InboxVersion
{
    public ObjectId Id { get; init; }

    /// <summary>Unique: <see cref="InboxVersions.Everybody"/> or a reader's user id.</summary>
    public required string Key { get; init; }

    public long Version { get; init; }
}
