using System.Diagnostics;
using System.Globalization;
using System.Net;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.FaultTests;

/// <summary>
/// The system started by <c>./run.sh microservices</c>: its gateway (<c>FAULT_GATEWAY_URL</c>) and its run
/// directory (<c>FAULT_RUN_DIR</c>), whose <c>processes</c> file lists every process
/// (<c>name replica port pid</c>). A file <c>hold-NAME</c> there keeps the supervisor from restarting NAME.
/// </summary>
public sealed class RunningSystem : IApiHost
{
    private RunningSystem(Uri gateway, string runDirectory)
    {
        Gateway = gateway;
        RunDirectory = runDirectory;
    }

    public Uri Gateway { get; }

    public string RunDirectory { get; }

    public static RunningSystem FromEnvironment()
    {
        var gateway = Environment.GetEnvironmentVariable("FAULT_GATEWAY_URL");
        var runDirectory = Environment.GetEnvironmentVariable("FAULT_RUN_DIR");
        if (string.IsNullOrWhiteSpace(gateway) || string.IsNullOrWhiteSpace(runDirectory))
        {
            Assert.Ignore("FAULT_GATEWAY_URL and FAULT_RUN_DIR are not set: these tests need `./run.sh microservices` (test.sh starts one).");
        }

        return new RunningSystem(new Uri(gateway), runDirectory);
    }

    public HttpClient CreateApiClient() => new() { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };

    public IReadOnlyList<ServiceProcess> Processes(string name) =>
        [.. File.ReadAllLines(Path.Combine(RunDirectory, "processes"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .Where(fields => fields[0] == name)
            .Select(fields => new ServiceProcess(fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])))];

    /// <summary>Lines containing <paramref name="text"/> in the run directory's files matching <paramref name="pattern"/> (e.g. <c>logs/post-*.log</c>).</summary>
    public IEnumerable<string> LogLinesContaining(string pattern, string text) =>
        Directory.EnumerateFiles(Path.Combine(RunDirectory, Path.GetDirectoryName(pattern)!), Path.GetFileName(pattern))
            .SelectMany(file =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd().Split('\n').Where(line => line.Contains(text, StringComparison.Ordinal)).ToList();
            });

    /// <summary>SIGKILLs every replica of <paramref name="name"/> and keeps them down until the returned hold is disposed.</summary>
    public async Task<IAsyncDisposable> TakeDownAsync(string name)
    {
        var hold = Path.Combine(RunDirectory, $"hold-{name}");
        await File.WriteAllTextAsync(hold, "held by the fault tests\n");
        foreach (var process in Processes(name))
        {
            Kill(process);
        }

        return new Hold(this, hold);
    }

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

    /// <summary>Waits until the gateway's /readyz says every service is ready again.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateApiClient();
        await Eventually.GetAsync(
            async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK ? "ready" : null,
            "the gateway's /readyz to answer 200",
            TimeSpan.FromSeconds(90));
    }

    private static int Number(string field) => int.Parse(field, CultureInfo.InvariantCulture);

    private sealed class Hold(RunningSystem system, string file) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            File.Delete(file);
            await system.WaitUntilReadyAsync();
        }
    }
}
