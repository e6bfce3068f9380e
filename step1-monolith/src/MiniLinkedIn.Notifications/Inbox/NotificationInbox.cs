using MiniLinkedIn.Notifications.Contracts;
using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>The Notifications side of <see cref="INotificationInbox"/>: one notification per post, however often it is delivered.</summary>
public sealed class NotificationInbox(NotificationStore store, TimeProvider time) : INotificationInbox
{
    public async Task<NotificationReceipt> AcceptAsync(NewPostNotice notice, CancellationToken cancellationToken)
    {
        var (notification, created) = await store.AddOnceAsync(
            new Notification
            {
                Id = ObjectId.GenerateNewId(),
                PostId = notice.PostId,
                AuthorId = notice.AuthorId,
                AuthorEmail = notice.AuthorEmail,
                Preview = Notification.PreviewOf(notice.Text),
                CreatedAt = ServiceDefaults.Paging.MongoTime.UtcNowMilliseconds(time),
            },
            cancellationToken);
        return new NotificationReceipt(notification.Id.ToString(), created);
    }
}
