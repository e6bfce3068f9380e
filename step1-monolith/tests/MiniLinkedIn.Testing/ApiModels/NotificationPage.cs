namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>A page of a reader's notifications, newest first, with the reader's unread count; <c>nextCursor</c> is null on the last page.</summary>
public sealed record NotificationPage(IReadOnlyList<Notification> Items, long UnreadCount, string? NextCursor);
