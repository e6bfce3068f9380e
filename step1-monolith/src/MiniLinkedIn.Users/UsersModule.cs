using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MiniLinkedIn.BuildingBlocks.Configuration;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.OpenApi;
using MiniLinkedIn.Users.Accounts;
using MiniLinkedIn.Users.Throttling;
using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Users;

public static class UsersModule
{
    /// <summary>Accounts, login and token issuing; also the keys that tokens are validated with in this same process.</summary>
    public static IServiceCollection AddUsersModule(this IServiceCollection services)
    {
        services.AddValidatedOptions<UsersOptions>(UsersOptions.Section);

        services.AddSingleton<UserAccountStore>();
        services.AddStartupTask<UserAccountStore>();
        services.AddSingleton<LoginAttemptStore>();
        services.AddStartupTask<LoginAttemptStore>();
        services.AddSingleton<SigningKeyStore>();

        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<LoginLimiter>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<AccountService>();

        // Tokens are validated in this same process with the signing key itself: no JWKS round trip.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKeyStore>((bearer, keys) =>
            bearer.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(keys.ValidationConfiguration()));

        services.AddControllers().AddApplicationPart(typeof(UsersModule).Assembly);
        services.AddDocumentedValue("MinPasswordLength", AccountLimits.MinPasswordLength);
        services.AddDocumentedValue("MaxPasswordLength", AccountLimits.MaxPasswordLength);
        services.AddDocumentedValue("MaxEmailLength", AccountLimits.MaxEmailLength);
        return services;
    }
}
