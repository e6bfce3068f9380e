using System.Diagnostics;

namespace MiniLinkedIn.ContractTests;

/// <summary>Bounded polling for what the system does asynchronously (notifications go through an outbox).</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>Probes until <paramref name="done"/> holds and returns that value; fails with the last one after the timeout.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
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
                Assert.Fail($"Not within {limit.TotalSeconds:0} s: {what}. Last seen: {value}");
            }

            await Task.Delay(Interval);
        }
    }
}
