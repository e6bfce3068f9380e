using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.ServiceDefaults.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>The Notifications side of <see cref="INotificationInbox"/>: one notification per post, however often it is delivered.</summary>
public sealed class NotificationInbox(NotificationStore store, TimeProvider time) : INotificationInbox
{
    public async Task<IReadOnlyList<NotificationReceipt>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken)
    {
        var receipts = new List<NotificationReceipt>(notices.Count);
        foreach (var notice in notices)
        {
            var (notification, created) = await AddOnceAsync(notice, cancellationToken);
            receipts.Add(new NotificationReceipt(notice.PostId, notification.Id.ToString(), created));
        }

        return receipts;
    }

    /// <returns>The post's notification, and whether this call created it.</returns>
    public Task<(Notification Notification, bool Created)> AddOnceAsync(NewPostNotice notice, CancellationToken cancellationToken) =>
        store.AddOnceAsync(
            new Notification
            {
                Id = ObjectId.GenerateNewId(),
                PostId = notice.PostId,
                AuthorId = notice.AuthorId,
                AuthorEmail = notice.AuthorEmail,
                Preview = Notification.PreviewOf(notice.Text),
                CreatedAt = time.UtcNowMilliseconds(),
            },
            cancellationToken);
}
