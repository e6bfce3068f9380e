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
    [HttpGet]
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
    [HttpPost]
    [ProducesResponseType<NotificationResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<NotificationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
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
    [HttpPost("{id}/read")]
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
