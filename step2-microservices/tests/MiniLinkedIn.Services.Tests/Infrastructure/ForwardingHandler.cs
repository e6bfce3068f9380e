namespace MiniLinkedIn.Services.Tests.Infrastructure;

/// <summary>
/// Sends each request to whatever <paramref name="target"/> names at that moment, so a test can take
/// a peer service away or swap it while the caller keeps its (cached) HttpClient handler.
/// </summary>
public sealed class ForwardingHandler(Func<HttpMessageHandler> target) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var invoker = new HttpMessageInvoker(target(), disposeHandler: false);
        return invoker.SendAsync(request, cancellationToken);
    }
}
