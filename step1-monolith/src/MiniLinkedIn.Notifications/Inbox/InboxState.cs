using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>
/// What <see cref="InboxVersions"/> knows of a reader's notifications: the versions, and their
/// unread count if it was counted at exactly these versions.
/// </summary>
internal sealed record InboxState(string ReaderId, long Everybody, long Reader, long? UnreadCount)
{
    public string Versions => $"{Everybody}.{Reader}";

    /// <summary>An opaque tag of what the reader sees on <paramref name="page"/>: equal tags, equal pages.</summary>
    public string Tag(string page) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{ReaderId}|{page}|{Versions}")).AsSpan(0, 16));
}
