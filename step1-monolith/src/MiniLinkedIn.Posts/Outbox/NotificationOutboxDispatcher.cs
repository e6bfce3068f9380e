using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Posts.Outbox;

/// <summary>
/// Hands new posts to the Notifications module in batches (one inbox call for up to
/// <see cref="PostsOptions.OutboxBatchSize"/> posts), retrying with a growing delay until they are
/// accepted. Delivery is at-least-once; the inbox is idempotent by post id, so that is enough.
/// </summary>
internal sealed partial class NotificationOutboxDispatcher(
    PostStore posts,
    INotificationInbox inbox,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IOptions<PostsOptions> options,
    TimeProvider time,
    ILogger<NotificationOutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (metrics.BacklogWanted)
                {
                    metrics.RecordBacklog(await posts.CountPendingNotificationsAsync(stoppingToken));
                }

                while (await DeliverNextBatchAsync(stoppingToken))
                {
                }

                signal.ReportIdle();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogOutboxUnavailable(logger, ex);
            }

            await signal.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
        }
    }

    /// <returns>False when nothing was due.</returns>
    private async Task<bool> DeliverNextBatchAsync(CancellationToken cancellationToken)
    {
        var claim = await posts.ClaimDueNotificationsAsync(time.GetUtcNow().UtcDateTime, ClaimLease, options.Value.OutboxBatchSize, cancellationToken);
        if (claim.Posts.Count == 0)
        {
            return false;
        }

        using var delivery = OutboxTracing.StartDelivery(claim.Posts);
        try
        {
            var notices = claim.Posts.Select(p => new NewPostNotice(p.Id.ToString(), p.AuthorId, p.AuthorEmail, p.Text, p.CreatedAt)).ToList();
            var receipts = await inbox.AcceptAsync(notices, cancellationToken);
            var storedAt = time.GetUtcNow().UtcDateTime;
            // A post is delivered when the inbox says so: one without a receipt is delivered again.
            if (!receipts.Select(r => r.PostId).ToHashSet().SetEquals(notices.Select(n => n.PostId)))
            {
                throw new InvalidOperationException($"The inbox answered {receipts.Count} receipts for {notices.Count} posts.");
            }

            await posts.MarkNotificationsDeliveredAsync(claim, cancellationToken);
            var createdAt = notices.ToDictionary(n => n.PostId, n => n.CreatedAt);
            metrics.RecordDelivered(notices.Count, receipts.Where(r => r.Created).Select(r => storedAt - createdAt[r.PostId]));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            delivery?.SetStatus(ActivityStatusCode.Error, ex.Message);
            delivery?.SetTag("error.type", ex.GetType().FullName);
            metrics.RecordRetried(claim.Posts.Count, ex);
            var fewestAttempts = claim.Posts.Min(p => p.PendingNotification!.Attempts);
            LogDeliveryFailed(logger, claim.Posts.Count, fewestAttempts, RetryDelay(fewestAttempts), ex);
            await posts.ScheduleNotificationRetriesAsync(claim, time.GetUtcNow().UtcDateTime, RetryDelay, ex.Message, cancellationToken);
        }

        return true;
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(attempts, 20)));
        return exponential < options.Value.OutboxMaxRetryDelay ? exponential : options.Value.OutboxMaxRetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifications of {Count} posts failed (attempt {Attempts} or later); retrying in {Delay} or later.")]
    private static partial void LogDeliveryFailed(ILogger logger, int count, int attempts, TimeSpan delay, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The notification outbox could not be read; trying again later.")]
    private static partial void LogOutboxUnavailable(ILogger logger, Exception exception);
}
