namespace MiniLinkedIn.Notifications.Contracts;

/// <summary>How a new post is handed to the Notifications module. Idempotent by post id.</summary>
public interface INotificationInbox
{
    Task<NotificationReceipt> AcceptAsync(NewPostNotice notice, CancellationToken cancellationToken);
}

public sealed record NewPostNotice(string PostId, string AuthorId, string AuthorEmail, string Text, DateTime CreatedAt);

/// <param name="NotificationId">The id of the notification of that post.</param>
/// <param name="Created">False when the post already had its notification.</param>
public sealed record NotificationReceipt(string NotificationId, bool Created);
