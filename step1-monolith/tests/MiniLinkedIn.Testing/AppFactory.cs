using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using MiniLinkedIn.BuildingBlocks.Health;

namespace MiniLinkedIn.Testing;

/// <summary>
/// A real host of either step (whole HTTP pipeline, real MongoDB wire protocol, real S3 API) in memory.
/// MongoDB and S3 come from the environment: run the tests through deploy/standins/with-standins.sh
/// (test.sh does), or point Mongo__ConnectionString and S3__* at real servers. Each factory has
/// databases of its own (a name prefix), so one factory's background work never touches another's data.
/// </summary>
public class AppFactory<TEntryPoint>(
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool waitUntilReady = true)
    : WebApplicationFactory<TEntryPoint>, IApiHost
    where TEntryPoint : class
{
    private readonly string databasePrefix = $"t{Guid.NewGuid():N}"[..9] + "-";
    private readonly string dataFolder = Directory.CreateTempSubdirectory("mini-linkedin-tests-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var name in new[] { "Mongo__ConnectionString", "S3__ServiceUrl" })
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            {
                throw new InvalidOperationException(
                    $"{name} is not set. Run the tests with ./test.sh or deploy/standins/with-standins.sh dotnet test.");
            }
        }

        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Users:DataFolder", dataFolder);
        builder.UseSetting("Mongo:DatabasePrefix", databasePrefix);
        // Many tests log in from the one in-memory client address; the per-client limit has its own test.
        builder.UseSetting("Users:LoginAttemptsPerMinutePerClient", "100000");
        builder.UseSetting("Posts:OutboxPollInterval", "00:00:00.200");
        builder.UseSetting("Posts:OutboxMaxRetryDelay", "00:00:00.500");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Indexes and the bucket are set up in the background; tests start once that is done.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (waitUntilReady)
        {
            var health = host.Services.GetRequiredService<HealthCheckService>();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (health.CheckHealthAsync(c => c.Tags.Contains(HealthTags.Ready)).GetAwaiter().GetResult().Status != HealthStatus.Healthy)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"{typeof(TEntryPoint).Assembly.GetName().Name} did not become ready within 60 s.");
                }

                Thread.Sleep(100);
            }
        }

        return host;
    }

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
