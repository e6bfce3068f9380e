namespace MiniLinkedIn.Notifications;

internal sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    public const string DatabaseName = "notifications";

    /// <summary>Quartz cron expression of the cleaner; default every 5 minutes.</summary>
    public string CleanupCron { get; set; } = "0 0/5 * * * ?";

    /// <summary>Notifications older than this are deleted, with their read marks.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
