using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.ServiceDefaults.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>The Notifications side of <see cref="INotificationInbox"/>: one notification per post, however often it is delivered.</summary>
public sealed class NotificationInbox(NotificationStore store, TimeProvider time) : INotificationInbox
{
    public async Task<IReadOnlyList<NotificationReceipt>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken)
    {
        var added = await AddOnceAsync(notices, cancellationToken);
        return [.. notices.Zip(added, (notice, a) => new NotificationReceipt(notice.PostId, a.Notification.Id.ToString(), a.Created))];
    }

    /// <returns>The post's notification, and whether this call created it.</returns>
    public async Task<(Notification Notification, bool Created)> AddOnceAsync(NewPostNotice notice, CancellationToken cancellationToken) =>
        (await AddOnceAsync([notice], cancellationToken))[0];

    /// <returns>Each notice's post's notification, and whether this call created it, in the order of the notices.</returns>
    public Task<IReadOnlyList<(Notification Notification, bool Created)>> AddOnceAsync(
        IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMilliseconds();
        return store.AddOnceAsync(
            [.. notices.Select(notice => new Notification
            {
                Id = ObjectId.GenerateNewId(),
                PostId = notice.PostId,
                AuthorId = notice.AuthorId,
                AuthorEmail = notice.AuthorEmail,
                Preview = Notification.PreviewOf(notice.Text),
                CreatedAt = now,
            })],
            cancellationToken);
    }
}
