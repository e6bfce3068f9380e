using System.Diagnostics;
using System.Net;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.FaultTests;

/// <summary>
/// The system under test: its gateway (<c>FAULT_GATEWAY_URL</c>) and its processes, either those of
/// <c>./run.sh microservices</c> (<c>FAULT_RUN_DIR</c>: its run directory) or the containers of a compose
/// project (<c>FAULT_COMPOSE_PROJECT</c>, with <c>FAULT_CONTAINER_ENGINE</c>: podman, the default, or docker).
/// </summary>
public sealed class RunningSystem : IApiHost
{
    private RunningSystem(Uri gateway, ISystemProcesses processes)
    {
        Gateway = gateway;
        Processes = processes;
    }

    public Uri Gateway { get; }

    public ISystemProcesses Processes { get; }

    public static RunningSystem FromEnvironment()
    {
        var gateway = Environment.GetEnvironmentVariable("FAULT_GATEWAY_URL");
        var runDirectory = Environment.GetEnvironmentVariable("FAULT_RUN_DIR");
        var composeProject = Environment.GetEnvironmentVariable("FAULT_COMPOSE_PROJECT");
        if (string.IsNullOrWhiteSpace(gateway) || (string.IsNullOrWhiteSpace(runDirectory) == string.IsNullOrWhiteSpace(composeProject)))
        {
            Assert.Ignore("Set FAULT_GATEWAY_URL and one of FAULT_RUN_DIR, FAULT_COMPOSE_PROJECT: these tests need a running step 2 "
                + "(deploy/test/system-tests.sh and deploy/containers/system-tests.sh start one).");
        }

        ISystemProcesses processes = string.IsNullOrWhiteSpace(runDirectory)
            ? new ComposeProject(Environment.GetEnvironmentVariable("FAULT_CONTAINER_ENGINE") is { Length: > 0 } engine ? engine : "podman", composeProject!)
            : new LocalRun(runDirectory);
        return new RunningSystem(new Uri(gateway!), processes);
    }

    public HttpClient CreateApiClient() => new() { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A crash: SIGKILL. The supervisor of <c>./run.sh</c>, or the container's restart policy, starts it again.</summary>
    public static void Kill(ServiceProcess process)
    {
        try
        {
            Process.GetProcessById(process.Pid).Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    /// <summary>Every process of <paramref name="name"/> down until the result is disposed; disposing waits until the system is ready again.</summary>
    public async Task<IAsyncDisposable> TakeDownAsync(string name) => new UpAgain(this, await Processes.TakeDownAsync(name));

    /// <summary>Waits until the gateway's /readyz says every service is ready.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateApiClient();
        await Eventually.GetAsync(
            async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK ? "ready" : null,
            "the gateway's /readyz to answer 200",
            TimeSpan.FromSeconds(90));
    }

    private sealed class UpAgain(RunningSystem system, IAsyncDisposable down) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await down.DisposeAsync();
            await system.WaitUntilReadyAsync();
        }
    }
}
