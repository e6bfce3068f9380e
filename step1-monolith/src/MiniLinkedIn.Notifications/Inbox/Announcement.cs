namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>A post's notification, and whether the call that asked for it created it.</summary>
internal sealed record Announcement(Notification Notification, bool Created);
