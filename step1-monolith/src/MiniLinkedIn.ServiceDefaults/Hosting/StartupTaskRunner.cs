using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MiniLinkedIn.ServiceDefaults.Hosting;

/// <summary>
/// Runs every start-up task until all have succeeded, retrying while MongoDB or S3 are not up
/// yet; <c>/readyz</c> stays 503 until then. The host itself starts at once, so it does not
/// depend on the order in which its dependencies come up.
/// </summary>
internal sealed partial class StartupTaskRunner(IEnumerable<IStartupTask> tasks, ILogger<StartupTaskRunner> logger)
    : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);
    private volatile bool completed;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(completed ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Start-up tasks have not completed yet."));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var task in tasks)
        {
            var delay = TimeSpan.FromMilliseconds(250);
            while (true)
            {
                try
                {
                    await task.RunAsync(stoppingToken);
                    break;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRetry(logger, task.GetType().Name, delay, ex);
                    await Task.Delay(delay, stoppingToken);
                    delay = delay * 2 < MaxRetryDelay ? delay * 2 : MaxRetryDelay;
                }
            }
        }

        completed = true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up task {Task} failed; retrying in {Delay}.")]
    private static partial void LogRetry(ILogger logger, string task, TimeSpan delay, Exception exception);
}
