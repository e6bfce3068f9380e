namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>One page of a reader's notifications, and how many of all of them the reader has not read.</summary>
internal sealed record NotificationPage(IReadOnlyList<ReaderNotification> Items, long UnreadCount, string? NextCursor);
