using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Notifications.Cleanup;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Notifications.Inbox;
using MiniLinkedIn.ServiceDefaults.Hosting;
using Quartz;

namespace MiniLinkedIn.Notifications;

public static class NotificationsModule
{
    /// <summary>
    /// Notifications, read marks and the cleaner job. Needs an <c>IPostDirectory</c> from the host:
    /// in-process in the monolith, over HTTP in a service.
    /// </summary>
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NotificationsOptions.Section);
        var settings = section.Get<NotificationsOptions>() ?? new NotificationsOptions();
        if (!CronExpression.TryParse(settings.CleanupCron, out _))
        {
            throw new InvalidOperationException($"Notifications:CleanupCron '{settings.CleanupCron}' is not a valid Quartz cron expression.");
        }

        services.AddOptions<NotificationsOptions>()
            .Bind(section)
            .Validate(o => o.Retention > TimeSpan.Zero, "Notifications:Retention must be positive.")
            .ValidateOnStart();
        services.AddSingleton<NotificationStore>();
        services.AddStartupTask<NotificationStore>();
        services.AddSingleton<NotificationInbox>();
        services.AddSingleton<INotificationInbox>(sp => sp.GetRequiredService<NotificationInbox>());
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<NotificationCleanupJob>(job => job.WithIdentity(NotificationCleanupJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(NotificationCleanupJob.Key)
                .WithIdentity("notification-cleanup-schedule")
                .WithCronSchedule(settings.CleanupCron));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddControllers().AddApplicationPart(typeof(NotificationsModule).Assembly);
        return services;
    }
}
