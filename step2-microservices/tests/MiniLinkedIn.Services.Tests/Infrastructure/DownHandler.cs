namespace MiniLinkedIn.Services.Tests.Infrastructure;

/// <summary>A peer that is down: every connection is refused.</summary>
public sealed class DownHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (test: the peer is down)."));
}
