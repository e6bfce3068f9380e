namespace MiniLinkedIn.BuildingBlocks.UseCases;

/// <summary>
/// Another service could not be reached or did not answer in time. Requests that need it get a
/// 503 problem (see <c>DependencyUnavailableExceptionHandler</c>), never a 500.
/// </summary>
public sealed class DependencyUnavailableException(string service, Exception innerException)
    : Exception($"The {service} service is unavailable.", innerException)
{
    public string Service { get; } = service;
}
