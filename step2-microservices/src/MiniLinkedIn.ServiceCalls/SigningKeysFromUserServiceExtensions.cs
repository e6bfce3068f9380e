using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MiniLinkedIn.BuildingBlocks.Configuration;
using MiniLinkedIn.ServiceDefaults.Hosting;

namespace MiniLinkedIn.ServiceCalls;

public static class SigningKeysFromUserServiceExtensions
{
    public const string JwksClientName = "user-service-jwks";

    /// <summary>
    /// Validates tokens locally with the user service's published keys (<c>/.well-known/jwks.json</c>):
    /// fetched once, cached, fetched again when a token names an unknown key id, and kept when the
    /// user service is down, so tokens issued before keep working. <c>/readyz</c> waits for the first copy.
    /// </summary>
    public static IServiceCollection AddSigningKeysFromUserService(this IServiceCollection services)
    {
        services.AddValidatedOptions<ServiceUrlsOptions>(ServiceUrlsOptions.Section)
            .Validate(urls => urls.Users is { IsAbsoluteUri: true }, "ServiceUrls:Users needs the absolute base URL of the user service.");
        services.AddHttpClient(JwksClientName).AddStandardResilienceHandler();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<ServiceUrlsOptions>, IHttpClientFactory>((bearer, urls, clients) =>
                bearer.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    new Uri(urls.Value.Users!, "/.well-known/jwks.json").AbsoluteUri,
                    new JwksConfigurationRetriever(),
                    new HttpDocumentRetriever(clients.CreateClient(JwksClientName)) { RequireHttps = false })
                {
                    AutomaticRefreshInterval = TimeSpan.FromHours(1),
                    RefreshInterval = TimeSpan.FromSeconds(10),
                });
        services.AddSingleton<SigningKeysWarmUp>();
        services.AddStartupTask<SigningKeysWarmUp>();
        return services;
    }
}
