using Microsoft.AspNetCore.Authentication.JwtBearer;
using MiniLinkedIn.ServiceDefaults.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.ServiceCalls;

namespace MiniLinkedIn.ServiceDefaults.Authentication;

public static class JwtAuthenticationExtensions
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bearer authentication that accepts only RS256 tokens of our issuer and audience. The signing keys
    /// come from <see cref="JwtBearerOptions.ConfigurationManager"/>: the Users module plugs in its own
    /// keys in-process; a service without it calls <see cref="AddSigningKeysFromUserService"/>.
    /// </summary>
    public static IServiceCollection AddJwtBearerAuthentication(this IServiceCollection services)
    {
        services.AddValidatedOptions<JwtOptions>(JwtOptions.Section)
            .Validate(o => o.Lifetime > TimeSpan.Zero, "Jwt:Lifetime must be positive.")
            .Validate(o => o.ClockSkew >= TimeSpan.Zero && o.ClockSkew <= MaxClockSkew, "Jwt:ClockSkew must be between 0 and 30 seconds.");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.Events = new JwtBearerEvents { OnTokenValidated = RequireIdentityClaims.OnTokenValidated };
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    ClockSkew = jwt.Value.ClockSkew,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    NameClaimType = JwtRegisteredClaimNames.Email,
                };
            });
        services.AddAuthorization();
        return services;
    }

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

    public const string JwksClientName = "user-service-jwks";
}
