using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.Users.Accounts;
using MiniLinkedIn.Users.Throttling;
using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Users;

public static class UsersModule
{
    /// <summary>Accounts, login and token issuing; also the source of the keys tokens are validated with.</summary>
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
        services.AddSingleton<IJwtValidationKeys>(sp => sp.GetRequiredService<SigningKeyStore>());
        services.AddSingleton<TokenIssuer>();
        services.AddLoginRateLimiting();
        services.AddControllers().AddApplicationPart(typeof(UsersModule).Assembly);
        return services;
    }
}
