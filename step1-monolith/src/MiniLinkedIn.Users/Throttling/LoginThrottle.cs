using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MiniLinkedIn.Users.Throttling;

/// <summary>
/// Login attempts per email, across all client addresses (the per-address limit is the
/// <see cref="LoginRateLimiting.PerClientPolicy"/> endpoint policy). Slows password guessing on one account.
/// </summary>
public sealed class LoginThrottle(IOptions<UsersOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginAttemptsPerMinutePerEmail,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public RateLimitLease TryAttempt(string normalizedEmail) => limiter.AttemptAcquire(normalizedEmail);

    public void Dispose() => limiter.Dispose();
}
