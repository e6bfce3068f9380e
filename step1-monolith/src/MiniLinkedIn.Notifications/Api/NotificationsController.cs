using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Notifications.Inbox;
using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Api;

[ApiController]
[Authorize]
[Route("api/notification")]
[Tags("Notifications")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class NotificationsController(NotificationStore store, TimeProvider time) : ControllerBase
{
    /// <summary>Notifications of other people's posts, newest first, with the caller's unread count.</summary>
    /// <remarks>
    /// Every new post is announced to everybody but its author. Read state is per reader:
    /// <c>read</c> and <c>unreadCount</c> are the caller's. Pass a page's <c>nextCursor</c> as
    /// <c>cursor</c> to get the next one. Old notifications are removed after a while.
    /// </remarks>
    /// <response code="200">A page of notifications, and how many of all of them the caller has not read.</response>
    /// <response code="400">The limit is below 1, or the cursor is not one this API returned.</response>
    [HttpGet(Name = "getNotifications")]
    [ProducesResponseType<NotificationPageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<NotificationPageResponse> List([FromQuery] PageQuery query, CancellationToken cancellationToken)
    {
        var reader = CurrentUser.From(User);
        var page = await store.PageForReaderAsync(reader.Id, query.ToRequest(), cancellationToken);
        var read = await store.ReadByAsync(reader.Id, page.Items.Select(n => n.Id), cancellationToken);
        var unread = await store.CountUnreadAsync(reader.Id, cancellationToken);
        return new NotificationPageResponse(
            page.Items.Select(n => NotificationResponse.From(n, read.Contains(n.Id))).ToList(), unread, page.NextCursor);
    }

    /// <summary>Creates the notification of one of the caller's posts; answers the existing one if there is one already.</summary>
    /// <remarks>
    /// Posts are announced by themselves shortly after they are published; this lets an author make
    /// sure of it. A post has one notification at most, so calling it again is harmless.
    /// </remarks>
    /// <response code="201">The notification, created now.</response>
    /// <response code="200">The notification that existed already.</response>
    /// <response code="400">The <c>postId</c> is missing or not 24 hexadecimal characters.</response>
    /// <response code="403">The post is somebody else's.</response>
    /// <response code="404">There is no post with this id.</response>
    /// <response code="503">The post service cannot be reached (step 2 only).</response>
    [HttpPost(Name = "createNotification")]
    [ProducesResponseType<NotificationResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<NotificationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Create(
        CreateNotificationRequest request,
        [FromServices] IPostDirectory posts,
        [FromServices] NotificationInbox inbox,
        CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(request.PostId, cancellationToken);
        if (post is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Post not found", detail: "No post has this id.");
        }

        if (post.AuthorId != CurrentUser.From(User).Id)
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your post", detail: "Only the author of a post can announce it.");
        }

        var (notification, created) = await inbox.AddOnceAsync(
            new NewPostNotice(post.Id, post.AuthorId, post.AuthorEmail, post.Text, post.CreatedAt), cancellationToken);
        var body = NotificationResponse.From(notification, read: false);
        return created ? StatusCode(StatusCodes.Status201Created, body) : Ok(body);
    }

    /// <summary>Marks a notification read for the caller only.</summary>
    /// <remarks>Others who see the same notification keep their own read state. Marking it again is harmless.</remarks>
    /// <param name="id">The notification's id.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    /// <response code="204">It is read for the caller.</response>
    /// <response code="404">There is no such notification for the caller (unknown, removed, or of the caller's own post).</response>
    [HttpPost("{id}/read", Name = "markNotificationRead")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> MarkRead(string id, CancellationToken cancellationToken)
    {
        var reader = CurrentUser.From(User);
        var notification = ObjectId.TryParse(id, out var objectId) ? await store.FindAsync(objectId, cancellationToken) : null;
        if (notification is null || notification.AuthorId == reader.Id)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Notification not found", detail: "You have no notification with this id.");
        }

        await store.MarkReadAsync(notification, reader.Id, time.UtcNowMilliseconds(), cancellationToken);
        return NoContent();
    }
}
