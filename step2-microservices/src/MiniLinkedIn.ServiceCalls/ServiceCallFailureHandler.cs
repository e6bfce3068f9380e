using System.Net;
using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.ServiceCalls;

/// <summary>
/// The outermost handler of a service client: whatever way the call failed (refused, timed out,
/// circuit open, 5xx), the caller sees one <see cref="DependencyUnavailableException"/>.
/// </summary>
internal sealed class ServiceCallFailureHandler(string service) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DependencyUnavailableException(service, ex);
        }

        if (response.StatusCode >= HttpStatusCode.InternalServerError)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new DependencyUnavailableException(service, new HttpRequestException($"The {service} service answered {status}.", null, (HttpStatusCode)status));
        }

        return response;
    }
}
