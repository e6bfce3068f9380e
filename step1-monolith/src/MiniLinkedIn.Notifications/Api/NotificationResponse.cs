using System.ComponentModel.DataAnnotations;
using MiniLinkedIn.Notifications.Inbox;
using MiniLinkedIn.ServiceDefaults.Authentication;

namespace MiniLinkedIn.Notifications.Api;

public sealed record NotificationResponse(string Id, string PostId, UserSummary Author, string Preview, DateTime CreatedAt, bool Read)
{
    public static NotificationResponse From(Notification notification, bool read) => new(
        notification.Id.ToString(),
        notification.PostId,
        new UserSummary(notification.AuthorId, notification.AuthorEmail),
        notification.Preview,
        notification.CreatedAt,
        read);
}

public sealed record NotificationPageResponse(IReadOnlyList<NotificationResponse> Items, long UnreadCount, string? NextCursor);

public sealed class CreateNotificationRequest
{
    /// <summary>The id of one of the caller's own posts.</summary>
    [Required, RegularExpression("^[0-9a-fA-F]{24}$", ErrorMessage = "postId must be a post id (24 hexadecimal characters).")]
    public string PostId { get; init; } = "";
}
