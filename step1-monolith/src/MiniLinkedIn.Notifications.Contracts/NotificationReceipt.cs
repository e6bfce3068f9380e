namespace MiniLinkedIn.Notifications.Contracts;

/// <param name="PostId">The post the notice was about.</param>
/// <param name="NotificationId">The id of the notification of that post.</param>
/// <param name="Created">False when the post already had its notification.</param>
public sealed record NotificationReceipt(string PostId, string NotificationId, bool Created);
