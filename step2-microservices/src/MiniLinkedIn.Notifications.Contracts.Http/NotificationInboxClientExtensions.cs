using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.ServiceCalls;

namespace MiniLinkedIn.Notifications.Contracts.Http;

public static class NotificationInboxClientExtensions
{
    /// <summary>
    /// For a service without the Notifications module: <see cref="INotificationInbox"/> posts to the
    /// notification service (<c>ServiceUrls:Notifications</c>). Not retried here: the outbox retries it.
    /// </summary>
    public static IServiceCollection AddNotificationInboxClient(this IServiceCollection services)
    {
        services.AddInternalApiClient<INotificationInbox, HttpNotificationInbox>("notification", urls => urls.Notifications, attemptTimeout: TimeSpan.FromSeconds(10));
        return services;
    }
}
