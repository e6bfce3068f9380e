using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.BuildingBlocks.Idempotency;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.ServiceDefaults.OpenApi;

namespace MiniLinkedIn.ServiceDefaults.Hosting;

public static class IdempotencyStoreExtensions
{
    /// <summary>
    /// An <see cref="IdempotencyStore"/> in the module's database <paramref name="databaseName"/>,
    /// keyed by that name (<c>[FromKeyedServices(databaseName)] IdempotencyStore</c>); its index is
    /// created at start-up.
    /// </summary>
    public static IServiceCollection AddIdempotencyStore(this IServiceCollection services, string databaseName)
    {
        services.AddKeyedSingleton(databaseName, (sp, _) =>
            new IdempotencyStore(sp.GetRequiredService<MongoDatabases>().Get(databaseName), sp.GetRequiredService<TimeProvider>()));
        services.AddStartupTask(sp => new IndexesTask(sp.GetRequiredKeyedService<IdempotencyStore>(databaseName)));
        services.AddDocumentedValue("MaxIdempotencyKeyLength", IdempotencyKey.MaxLength);
        services.AddDocumentedValue("IdempotencyKeyLifetimeHours", IdempotencyKey.LifetimeHours);
        return services;
    }

    private sealed class IndexesTask(IdempotencyStore store) : IStartupTask
    {
        public Task RunAsync(CancellationToken cancellationToken) => store.CreateIndexesAsync(cancellationToken);
    }
}
