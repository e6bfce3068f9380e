using System.Diagnostics;

namespace MiniLinkedIn.Services.Tests.Infrastructure;

/// <summary>
/// Writes the current trace context into a request, as the socket handler does on a real network
/// (the in-memory test server's handler does not). The system test checks the real one, through nginx.
/// </summary>
public sealed class TraceContextHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        DistributedContextPropagator.Current.Inject(
            Activity.Current, request, (carrier, name, value) => ((HttpRequestMessage)carrier!).Headers.TryAddWithoutValidation(name, value));
        return base.SendAsync(request, cancellationToken);
    }
}
