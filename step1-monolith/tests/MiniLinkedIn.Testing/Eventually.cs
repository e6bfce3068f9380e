using System.Diagnostics;

namespace MiniLinkedIn.Testing;

/// <summary>
/// Bounded polling for what a system does asynchronously: notifications go through an outbox, a
/// killed process comes back. A plain NUnit file, linked into the black-box contract suite.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Probes until <paramref name="done"/> holds and returns that value; fails with the last one seen after the timeout.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed >= limit)
            {
                Assert.Fail($"Not within {limit.TotalSeconds:0} s: {what}. Last seen: {value?.ToString() ?? "nothing"}");
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Probes until <paramref name="probe"/> returns something, and returns it.</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class =>
        (await UntilAsync(probe, value => value is not null, what, timeout))!;
}
