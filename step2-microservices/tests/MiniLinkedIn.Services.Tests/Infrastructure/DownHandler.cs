namespace MiniLinkedIn.Services.Tests.Infrastructure;

/// <summary>A peer that is down: every connection is refused, and counted.</summary>
public sealed class DownHandler : HttpMessageHandler
{
    private int refused;

    /// <summary>How many requests were refused so far.</summary>
    public int Refused => Volatile.Read(ref refused);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref refused);
        return Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (test: the peer is down)."));
    }
}
