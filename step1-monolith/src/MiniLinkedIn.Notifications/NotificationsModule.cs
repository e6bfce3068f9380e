using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiniLinkedIn.BuildingBlocks.Configuration;
using MiniLinkedIn.Notifications.Api;
using MiniLinkedIn.Notifications.Cleanup;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Notifications.Inbox;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.OpenApi;
using Quartz;

namespace MiniLinkedIn.Notifications;

public static class NotificationsModule
{
    /// <summary>
    /// Notifications, read marks and the cleaner job. Needs an <c>IPostDirectory</c> from the host:
    /// in-process in the monolith, over HTTP in a service.
    /// </summary>
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        services.AddValidatedOptions<NotificationsOptions>(NotificationsOptions.Section)
            .Validate(o => CronExpression.TryParse(o.CleanupCron, out _), "Notifications:CleanupCron must be a Quartz cron expression.")
            .Validate(o => o.Retention > TimeSpan.Zero, "Notifications:Retention must be positive.");

        services.AddSingleton<NotificationStore>();
        services.AddStartupTask<NotificationStore>();

        services.AddSingleton<NotificationService>();
        services.AddDocumentedValue("NotificationPreviewLength", Notification.PreviewLength);
        services.AddSingleton<INotificationInbox, NotificationInbox>();

        services.AddQuartz(quartz =>
        {
            quartz.AddJob<NotificationCleanupJob>(job => job.WithIdentity(NotificationCleanupJob.Key));
            // The schedule is read when the scheduler starts, from the validated options.
            quartz.AddTrigger<NotificationCleanupJob>((provider, trigger) => trigger
                .ForJob(NotificationCleanupJob.Key)
                .WithIdentity("notification-cleanup-schedule")
                .WithCronSchedule(provider.GetRequiredService<IOptions<NotificationsOptions>>().Value.CleanupCron));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        services.AddControllers().AddApplicationPart(typeof(NotificationsModule).Assembly);
        return services;
    }
}
