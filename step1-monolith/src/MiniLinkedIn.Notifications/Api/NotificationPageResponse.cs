using MiniLinkedIn.Notifications.Inbox;

namespace MiniLinkedIn.Notifications.Api;

/// <summary>A page of the caller's notifications.</summary>
/// <param name="Items">The notifications, newest first.</param>
/// <param name="UnreadCount" example="3">How many of all the caller's notifications (not only this page's) are unread.</param>
/// <param name="NextCursor" example="AAABk2mKhVBmUPDZobLD1OX2Bxk">The <c>cursor</c> of the next page, or null when this is the last page.</param>
internal sealed record NotificationPageResponse(IReadOnlyList<NotificationResponse> Items, long UnreadCount, string? NextCursor)
{
    public static NotificationPageResponse From(NotificationPage page) => new(
        [.. page.Items.Select(n => NotificationResponse.From(n.Notification, n.Read))], page.UnreadCount, page.NextCursor);
}
