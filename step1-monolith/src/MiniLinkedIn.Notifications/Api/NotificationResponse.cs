using MiniLinkedIn.Notifications.Inbox;
using MiniLinkedIn.ServiceDefaults.Authentication;

namespace MiniLinkedIn.Notifications.Api;

/// <summary>The announcement of a new post, as one reader sees it.</summary>
/// <param name="Id" example="6650f0d9a1b2c3d4e5f60719">The notification id.</param>
/// <param name="PostId" example="6650f0c2a1b2c3d4e5f60718">The post it announces (see <c>getPost</c>).</param>
/// <param name="Author">Who published the post.</param>
/// <param name="Preview" example="Hello network! Our first release is out.">The start of the post's text, at most {NotificationPreviewLength} characters, ending in an ellipsis when it was cut.</param>
/// <param name="CreatedAt" example="2026-11-29T12:34:56.789Z">When the post was published: ISO-8601, UTC, milliseconds.</param>
/// <param name="Read">Whether the caller has marked it read.</param>
internal sealed record NotificationResponse(string Id, string PostId, UserSummary Author, string Preview, DateTime CreatedAt, bool Read)
{
    public static NotificationResponse From(Notification notification, bool read) => new(
        notification.Id.ToString(),
        notification.PostId,
        new UserSummary(notification.AuthorId, notification.AuthorEmail),
        notification.Preview,
        notification.CreatedAt,
        read);
}
