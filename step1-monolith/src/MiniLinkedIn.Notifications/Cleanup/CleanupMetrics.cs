using System.Diagnostics.Metrics;

namespace MiniLinkedIn.Notifications.Cleanup;

/// <summary>What the cleaner job removes (its runs and their duration are Quartz's own metrics).</summary>
internal sealed class CleanupMetrics(IMeterFactory meters)
{
    private readonly Counter<long> removed = meters.Create("MiniLinkedIn.Notifications").CreateCounter<long>(
        "minilinkedin.notification.removed.notifications", "{notification}", "Notifications removed by the cleaner for being older than the retention.");

    public void RecordRemoved(long notifications) => removed.Add(notifications);
}
