using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MiniLinkedIn.ServiceDefaults.Hosting;

/// <summary>Work a module needs done once before the host takes requests (indexes, buckets).</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}

public static class StartupTaskExtensions
{
    /// <summary>Runs the registered singleton <typeparamref name="TTask"/> at start-up.</summary>
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services)
        where TTask : class, IStartupTask
    {
        services.AddSingleton<IStartupTask>(sp => sp.GetRequiredService<TTask>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StartupTaskRunner>());
        return services;
    }
}

/// <summary>
/// Hosted services start before Kestrel listens, so requests never meet a missing index or bucket.
/// Every task is idempotent, so several instances of a host may run them at once.
/// </summary>
internal sealed class StartupTaskRunner(IEnumerable<IStartupTask> tasks) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var task in tasks)
        {
            await task.RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
