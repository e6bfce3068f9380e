using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MiniLinkedIn.Notifications.Contracts.Http;

public static class NotificationInboxEndpoint
{
    internal const string Path = "internal/notifications/inbox";

    /// <summary>
    /// The notification service's side: <c>POST /internal/notifications/inbox</c> with a list of
    /// notices answers their receipts, 201 when it created a notification, 200 when all existed already.
    /// </summary>
    public static RouteGroupBuilder MapNotificationInbox(this RouteGroupBuilder internalApi)
    {
        internalApi.MapPost("/notifications/inbox", async (List<NewPostNotice> notices, INotificationInbox inbox, CancellationToken cancellationToken) =>
        {
            if (notices.Count == 0 || notices.Exists(n => n is null || string.IsNullOrEmpty(n.PostId) || n.CreatedAt == default))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid notices", detail: "Send one or more notices, each with a post id and the time it was published.");
            }

            var receipts = await inbox.AcceptAsync(notices, cancellationToken);
            return receipts.Any(r => r.Created) ? Results.Json(receipts, statusCode: StatusCodes.Status201Created) : Results.Ok(receipts);
        });
        return internalApi;
    }
}
