using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Posts.Outbox;

/// <summary>
/// Hands every new post to the Notifications module, retrying with a growing delay until it is
/// accepted. Delivery is at-least-once; the inbox is idempotent by post id, so that is enough.
/// </summary>
public sealed partial class NotificationOutboxDispatcher(
    PostStore posts,
    INotificationInbox inbox,
    OutboxSignal signal,
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
                while (await DeliverNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogOutboxUnavailable(logger, ex);
            }

            await signal.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
        }
    }

    /// <returns>False when nothing was due.</returns>
    private async Task<bool> DeliverNextAsync(CancellationToken cancellationToken)
    {
        var post = await posts.ClaimDueNotificationAsync(time.GetUtcNow().UtcDateTime, ClaimLease, cancellationToken);
        if (post?.PendingNotification is not { } pending)
        {
            return false;
        }

        try
        {
            await inbox.AcceptAsync([new NewPostNotice(post.Id.ToString(), post.AuthorId, post.AuthorEmail, post.Text, post.CreatedAt)], cancellationToken);
            await posts.MarkNotificationDeliveredAsync(post.Id, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var delay = RetryDelay(pending.Attempts);
            LogDeliveryFailed(logger, post.Id.ToString(), pending.Attempts, delay, ex);
            await posts.ScheduleNotificationRetryAsync(post.Id, time.GetUtcNow().UtcDateTime + delay, ex.Message, cancellationToken);
        }

        return true;
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(attempts, 20)));
        return exponential < options.Value.OutboxMaxRetryDelay ? exponential : options.Value.OutboxMaxRetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification for post {PostId} failed (attempt {Attempts}); retrying in {Delay}.")]
    private static partial void LogDeliveryFailed(ILogger logger, string postId, int attempts, TimeSpan delay, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The notification outbox could not be read; trying again later.")]
    private static partial void LogOutboxUnavailable(ILogger logger, Exception exception);
}
