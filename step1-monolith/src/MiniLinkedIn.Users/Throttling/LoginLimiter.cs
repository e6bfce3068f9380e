using Microsoft.Extensions.Options;

namespace MiniLinkedIn.Users.Throttling;

/// <summary>
/// Login attempts per email (slows password guessing on one account) and per client address (slows
/// one client trying many accounts), in fixed one-minute windows shared by every replica.
/// </summary>
public sealed class LoginLimiter(LoginAttemptStore store, IOptions<UsersOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <returns>Null when the attempt may go ahead; otherwise how long until the window ends.</returns>
    public async Task<TimeSpan?> TryAttemptAsync(string normalizedEmail, string clientAddress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var windowStart = new DateTime(now.Ticks - (now.Ticks % Window.Ticks), DateTimeKind.Utc);
        var byEmail = await store.CountAttemptAsync($"email:{normalizedEmail}", windowStart, Window, cancellationToken);
        var byClient = await store.CountAttemptAsync($"client:{clientAddress}", windowStart, Window, cancellationToken);
        var limits = options.Value;
        return byEmail > limits.LoginAttemptsPerMinutePerEmail || byClient > limits.LoginAttemptsPerMinutePerClient
            ? windowStart + Window - now
            : null;
    }
}
