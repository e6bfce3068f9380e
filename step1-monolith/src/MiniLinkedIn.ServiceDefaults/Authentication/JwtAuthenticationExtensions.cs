using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MiniLinkedIn.ServiceDefaults.Authentication;

public static class JwtAuthenticationExtensions
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Bearer authentication that accepts only RS256 tokens of our issuer and audience.</summary>
    public static IServiceCollection AddJwtBearerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.Section))
            .Validate(o => o.Lifetime > TimeSpan.Zero, "Jwt:Lifetime must be positive.")
            .Validate(o => o.ClockSkew >= TimeSpan.Zero && o.ClockSkew <= MaxClockSkew, "Jwt:ClockSkew must be between 0 and 30 seconds.")
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, IJwtValidationKeys>((bearer, jwt, keys) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    ClockSkew = jwt.Value.ClockSkew,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    IssuerSigningKeyResolver = (_, _, _, _) => keys.GetValidationKeys(),
                    NameClaimType = JwtRegisteredClaimNames.Email,
                };
            });
        services.AddAuthorization();
        return services;
    }
}
