using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.OpenApi;
using MiniLinkedIn.ServiceDefaults.Persistence;

namespace MiniLinkedIn.ServiceDefaults.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>
    /// An <see cref="IdempotencyStore"/> in the module's database <paramref name="databaseName"/>,
    /// keyed by that name: <c>[FromKeyedServices(databaseName)] IdempotencyStore</c>.
    /// </summary>
    public static IServiceCollection AddIdempotencyStore(this IServiceCollection services, string databaseName)
    {
        services.AddKeyedSingleton(databaseName, (sp, _) =>
            new IdempotencyStore(sp.GetRequiredService<MongoDatabases>().Get(databaseName), sp.GetRequiredService<TimeProvider>()));
        services.AddStartupTask(sp => sp.GetRequiredKeyedService<IdempotencyStore>(databaseName));
        services.AddDocumentedValue("MaxIdempotencyKeyLength", IdempotencyKey.MaxLength);
        services.AddDocumentedValue("IdempotencyKeyLifetimeHours", IdempotencyKey.LifetimeHours);
        return services;
    }
}
