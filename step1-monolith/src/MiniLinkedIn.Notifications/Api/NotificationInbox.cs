using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Notifications.Inbox;

namespace MiniLinkedIn.Notifications.Api;

/// <summary>The Notifications side of <see cref="INotificationInbox"/>: how new posts come in, answered in-process.</summary>
internal sealed class NotificationInbox(NotificationService notifications) : INotificationInbox
{
    public async Task<IReadOnlyList<NotificationReceipt>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken)
    {
        var announcements = await notifications.AcceptAsync(notices, cancellationToken);
        return [.. announcements.Select(a => new NotificationReceipt(a.Notification.PostId, a.Notification.Id.ToString(), a.Created))];
    }
}
