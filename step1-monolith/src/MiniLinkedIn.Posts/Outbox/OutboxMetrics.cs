using System.Diagnostics.Metrics;

namespace MiniLinkedIn.Posts.Outbox;

/// <summary>How the hand-over of new posts to notifications is doing, named by OpenTelemetry's conventions.</summary>
internal sealed class OutboxMetrics
{
    private readonly Gauge<long> backlog;
    private readonly Histogram<double> deliveryLag;
    private readonly Counter<long> delivered;
    private readonly Counter<long> retried;

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(OutboxTracing.Source.Name);
        backlog = meter.CreateGauge<long>(
            "minilinkedin.outbox.backlog", "{post}", "Posts whose notification is not delivered yet, when the dispatcher wakes.");
        deliveryLag = meter.CreateHistogram(
            "minilinkedin.outbox.delivery.lag", "s", "From a post's creation until its notification is stored.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300] });
        delivered = meter.CreateCounter<long>(
            "minilinkedin.outbox.delivered.posts", "{post}", "Posts whose notification the inbox accepted.");
        retried = meter.CreateCounter<long>(
            "minilinkedin.outbox.retried.posts", "{post}", "Posts scheduled again after a failed delivery.");
    }

    /// <summary>Counting the backlog costs a query, made only while someone collects it.</summary>
    public bool BacklogWanted => backlog.Enabled;

    public void RecordBacklog(long posts) => backlog.Record(posts);

    public void RecordDelivered(int posts, IEnumerable<TimeSpan> lags)
    {
        delivered.Add(posts);
        foreach (var lag in lags)
        {
            deliveryLag.Record(lag.TotalSeconds);
        }
    }

    public void RecordRetried(int posts, Exception error) =>
        retried.Add(posts, new KeyValuePair<string, object?>("error.type", error.GetType().FullName));
}
