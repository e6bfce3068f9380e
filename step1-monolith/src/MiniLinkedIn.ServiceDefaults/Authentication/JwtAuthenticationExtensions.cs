using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MiniLinkedIn.BuildingBlocks.Configuration;

namespace MiniLinkedIn.ServiceDefaults.Authentication;

public static class JwtAuthenticationExtensions
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bearer authentication that accepts only RS256 tokens of our issuer and audience. The signing keys
    /// come from <see cref="JwtBearerOptions.ConfigurationManager"/>: the Users module plugs in its own
    /// keys in-process; a step-2 service plugs in the user service's published keys.
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
}
