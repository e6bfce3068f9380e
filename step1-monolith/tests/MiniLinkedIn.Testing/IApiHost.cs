namespace MiniLinkedIn.Testing;

/// <summary>Anything that hands out clients of an API under test: an in-memory host, a gateway.</summary>
public interface IApiHost
{
    HttpClient CreateApiClient();
}
