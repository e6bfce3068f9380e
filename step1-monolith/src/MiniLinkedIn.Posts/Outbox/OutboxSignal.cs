using System.Threading.Channels;

namespace MiniLinkedIn.Posts.Outbox;

/// <summary>
/// Wakes the dispatcher right after a post is stored, instead of waiting for the next poll; and tells
/// when the dispatcher has run out of work (<see cref="NextIdle"/>).
/// </summary>
internal sealed class OutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private TaskCompletionSource idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>
    /// Completes the next time the dispatcher's claim finds nothing due: every delivery it had started
    /// before has ended by then. Lets a test wait for that instead of sleeping "long enough".
    /// </summary>
    public Task NextIdle() => Volatile.Read(ref idle).Task;

    internal void ReportIdle() =>
        Interlocked.Exchange(ref idle, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <returns>When notified or when <paramref name="timeout"/> passed, whichever comes first.</returns>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed with no signal.
        }
    }
}
