using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.Notifications.Api;

/// <summary>Which of the caller's posts to announce.</summary>
internal sealed class CreateNotificationRequest
{
    /// <summary>The id of one of the caller's own posts.</summary>
    /// <example>6650f0c2a1b2c3d4e5f60718</example>
    [Required, RegularExpression(NotificationIds.PostIdPattern, ErrorMessage = NotificationIds.MalformedPostId)]
    public string PostId { get; init; } = "";
}
