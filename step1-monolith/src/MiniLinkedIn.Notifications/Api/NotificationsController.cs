using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.Notifications.Inbox;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Http;

namespace MiniLinkedIn.Notifications.Api;

[ApiController]
[Authorize]
[Route("api/notification")]
[Tags("Notifications")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
internal sealed class NotificationsController(NotificationService notifications) : ControllerBase
{
    /// <summary>Notifications of other people's posts, newest first, with the caller's unread count.</summary>
    /// <remarks>
    /// Every new post is announced to everybody but its author. Read state is per reader:
    /// <c>read</c> and <c>unreadCount</c> are the caller's. Pass a page's <c>nextCursor</c> as
    /// <c>cursor</c> to get the next one. Old notifications are removed after a while.
    ///
    /// Every answer has an <c>ETag</c>. Send it back as <c>If-None-Match</c> with the same query:
    /// while neither the page nor the unread count has changed, the answer is a bodiless 304, which
    /// costs the server a fraction of a page. This is how the client polls the unread badge.
    /// </remarks>
    /// <param name="query">The page.</param>
    /// <param name="ifNoneMatch" example="&quot;q1Zp3xN0cR5yB7kE2sW9aA&quot;">The <c>ETag</c> of an earlier answer to the same query.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    /// <response code="200">A page of notifications, and how many of all of them the caller has not read.</response>
    /// <response code="304">Nothing changed since the answer whose <c>ETag</c> was sent in <c>If-None-Match</c>.</response>
    /// <response code="400">The limit is below 1, or the cursor is not one this API returned.</response>
    [HttpGet(Name = "getNotifications")]
    [ProducesResponseType<NotificationPageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<NotificationPageResponse>> List(
        [FromQuery] PageQuery query, [FromHeader(Name = "If-None-Match")] string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var page = query.ToRequest();
        var state = await notifications.InboxStateAsync(CurrentUser.From(User), cancellationToken);
        var tag = NotificationService.PageTag(state, page);
        Response.Headers.ETag = tag;
        Response.Headers.CacheControl = "private, no-cache";
        if (Matches(ifNoneMatch, tag))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return NotificationPageResponse.From(await notifications.PageForReaderAsync(state, page, cancellationToken));
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
    public async Task<IActionResult> Create(CreateNotificationRequest request, CancellationToken cancellationToken)
    {
        var announced = await notifications.AnnounceAsync(CurrentUser.From(User), request.PostId, cancellationToken);
        if (announced.IsRejected)
        {
            return this.Reject(announced.Rejection);
        }

        var body = NotificationResponse.From(announced.Value.Notification, read: false);
        return announced.Value.Created ? StatusCode(StatusCodes.Status201Created, body) : Ok(body);
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
        if (!NotificationIds.TryParseNotificationId(id, out var notificationId))
        {
            return this.Reject(NotificationService.NoSuchNotification);
        }

        var marked = await notifications.MarkReadAsync(CurrentUser.From(User), notificationId, cancellationToken);
        return marked.IsRejected ? this.Reject(marked.Rejection) : NoContent();
    }

    private static bool Matches(string? ifNoneMatch, string tag) =>
        ifNoneMatch is not null
        && EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(tag), useStrongComparison: false));
}
