using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.ServiceCalls;

/// <summary>
/// Reads the issuer's JWKS document (<c>/.well-known/jwks.json</c>) into the configuration object
/// that <c>JwtBearerHandler</c> takes its signing keys from. The surrounding
/// <see cref="ConfigurationManager{T}"/> caches it, keeps the last good copy when the issuer is down,
/// and fetches it again when a token names a key id it does not know.
/// </summary>
internal sealed class JwksConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        string json;
        try
        {
            json = await retriever.GetDocumentAsync(address, cancel);
        }
        catch (IOException ex)
        {
            throw new DependencyUnavailableException("user", ex);
        }

        var configuration = new OpenIdConnectConfiguration();
        foreach (var key in new JsonWebKeySet(json).GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }
}
