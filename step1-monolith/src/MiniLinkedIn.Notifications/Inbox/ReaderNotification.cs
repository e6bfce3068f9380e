namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>A notification as one reader has it: with their own read state.</summary>
internal sealed record ReaderNotification(Notification Notification, bool Read);
