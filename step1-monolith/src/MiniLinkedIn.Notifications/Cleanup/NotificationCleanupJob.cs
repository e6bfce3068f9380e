using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MiniLinkedIn.Notifications.Inbox;
using Quartz;

namespace MiniLinkedIn.Notifications.Cleanup;

/// <summary>
/// Deletes notifications older than the retention. One run at a time per instance; several
/// instances running it at once is harmless, since each run is a pair of idempotent deletes.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class NotificationCleanupJob(
    NotificationStore store, CleanupMetrics metrics, IOptions<NotificationsOptions> options, TimeProvider time, ILogger<NotificationCleanupJob> logger) : IJob
{
    public static readonly JobKey Key = new("notification-cleanup");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
        var deleted = await store.DeleteOlderThanAsync(cutoff, cancellationToken);
        metrics.RecordRemoved(deleted);
        LogCleaned(logger, deleted, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification cleanup deleted {Deleted} notifications created before {Cutoff:O}.")]
    private static partial void LogCleaned(ILogger logger, long deleted, DateTime cutoff);
}
