using Microsoft.Extensions.Options;
using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.Users.Throttling;

/// <summary>
/// Login attempts per email (slows password guessing on one account) and per client address (slows
/// one client trying many accounts), each in a one-minute window that opens with its first attempt
/// and is shared by every replica.
/// </summary>
internal sealed class LoginLimiter(LoginAttemptStore store, IOptions<UsersOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>The answer to an attempt over a limit, with how long until its window ends.</summary>
    public static Rejection TooManyAttempts(TimeSpan wait) =>
        new(RejectionKind.TooManyAttempts, "Too many requests", "Too many attempts. Wait a minute and try again.") { RetryAfter = wait };

    /// <returns>Null when the attempt may go ahead; otherwise how long until the exhausted window ends.</returns>
    public async Task<TimeSpan?> TryAttemptAsync(string normalizedEmail, string clientAddress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var limits = options.Value;
        var byEmail = await store.CountAttemptAsync($"email:{normalizedEmail}", now, Window, cancellationToken);
        var byClient = await store.CountAttemptAsync($"client:{clientAddress}", now, Window, cancellationToken);
        var wait = TimeSpan.Zero;
        if (byEmail.Attempts > limits.LoginAttemptsPerMinutePerEmail)
        {
            wait = byEmail.WindowEnd - now;
        }

        if (byClient.Attempts > limits.LoginAttemptsPerMinutePerClient && byClient.WindowEnd - now > wait)
        {
            wait = byClient.WindowEnd - now;
        }

        return wait > TimeSpan.Zero ? wait : null;
    }
}
