using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.Users.Accounts;
using MiniLinkedIn.Users.Throttling;
using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Users;

public static class UsersModule
{
    /// <summary>Accounts, login and token issuing; also the keys that tokens are validated with in this same process.</summary>
    public static IServiceCollection AddUsersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UsersOptions>()
            .Bind(configuration.GetSection(UsersOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<UserAccountStore>();
        services.AddStartupTask<UserAccountStore>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<SigningKeyStore>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKeyStore>((bearer, keys) =>
            bearer.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(keys.ValidationConfiguration()));
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<LoginAttemptStore>();
        services.AddStartupTask<LoginAttemptStore>();
        services.AddSingleton<LoginLimiter>();
        services.AddControllers().AddApplicationPart(typeof(UsersModule).Assembly);
        return services;
    }
}
