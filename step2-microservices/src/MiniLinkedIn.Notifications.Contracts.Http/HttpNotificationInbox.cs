using System.Net.Http.Json;

namespace MiniLinkedIn.Notifications.Contracts.Http;

/// <summary><see cref="INotificationInbox"/> answered by the notification service, over <c>POST /internal/notifications/inbox</c>.</summary>
internal sealed class HttpNotificationInbox(HttpClient http) : INotificationInbox
{
    public async Task<IReadOnlyList<NotificationReceipt>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(NotificationInboxEndpoint.Path, notices, cancellationToken);
        response.EnsureSuccessStatusCode();
        var receipts = await response.Content.ReadFromJsonAsync<List<NotificationReceipt>>(cancellationToken);
        return receipts is { } all && all.Count == notices.Count
            ? all
            : throw new InvalidOperationException("The notification service answered a receipt list that does not match the notices.");
    }
}
