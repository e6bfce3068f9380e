namespace MiniLinkedIn.Notifications.Contracts;

/// <summary>How new posts are handed to the Notifications module.</summary>
public interface INotificationInbox
{
    /// <summary>Accepts new posts' notices in one call; idempotent by post id. Receipts come back in the order of the notices.</summary>
    Task<IReadOnlyList<NotificationReceipt>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken);
}
