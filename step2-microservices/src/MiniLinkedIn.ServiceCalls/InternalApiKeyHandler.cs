using Microsoft.Extensions.Options;

namespace MiniLinkedIn.ServiceCalls;

/// <summary>Adds the service credential to every call a service makes to another one.</summary>
internal sealed class InternalApiKeyHandler(IOptions<InternalApiOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add(InternalApiOptions.HeaderName, options.Value.Key);
        return base.SendAsync(request, cancellationToken);
    }
}
