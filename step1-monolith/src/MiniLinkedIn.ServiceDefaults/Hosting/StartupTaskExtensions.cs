using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.BuildingBlocks.Health;

namespace MiniLinkedIn.ServiceDefaults.Hosting;

public static class StartupTaskExtensions
{
    /// <summary>Runs the registered singleton <typeparamref name="TTask"/> at start-up.</summary>
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services)
        where TTask : class, IStartupTask
    {
        services.AddSingleton<IStartupTask>(sp => sp.GetRequiredService<TTask>());
        if (!services.Any(d => d.ServiceType == typeof(StartupTaskRunner)))
        {
            services.AddSingleton<StartupTaskRunner>();
            services.AddHostedService(sp => sp.GetRequiredService<StartupTaskRunner>());
            services.AddHealthChecks().AddCheck<StartupTaskRunner>("startup", tags: [HealthTags.Ready]);
        }

        return services;
    }
}
