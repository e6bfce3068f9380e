using System.Diagnostics;

namespace MiniLinkedIn.Monolith.Tests.StandIns;

/// <summary>
/// A CongoDB of its own, started from the repository's deploy/standins/mongo/start-congodb.mjs on a
/// free port with a data folder, as run.sh starts it; stopped with SIGTERM (saves) or SIGKILL (does not).
/// </summary>
public sealed class CongoDbProcess : IAsyncDisposable
{
    private readonly Process process;

    private CongoDbProcess(Process process, string connectionString)
    {
        this.process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static string Script => Path.Combine(Repository.StandIns, "mongo", "start-congodb.mjs");

    /// <summary>Whether the stand-in is installed (with-standins.sh installs it); without it these tests are skipped.</summary>
    public static bool IsInstalled => Directory.Exists(Path.Combine(Path.GetDirectoryName(Script)!, "node_modules"));

    public static async Task<CongoDbProcess> StartAsync(string dataDir, TimeSpan saveInterval, CancellationToken cancellationToken = default)
    {
        var (process, output) = Launch(dataDir, saveInterval);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("congodb ready ", StringComparison.Ordinal))
            {
                return new CongoDbProcess(process, line["congodb ready ".Length..]);
            }
        }

        await process.WaitForExitAsync(cancellationToken);
        throw new InvalidOperationException($"CongoDB exited with {process.ExitCode} before it was ready: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
    }

    /// <returns>The exit code and standard error of a start that is expected to fail.</returns>
    public static async Task<(int ExitCode, string Error)> StartExpectingFailureAsync(string dataDir, CancellationToken cancellationToken = default)
    {
        var (process, _) = Launch(dataDir, TimeSpan.FromSeconds(1));
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await error);
        }
    }

    /// <summary>SIGTERM, as Ctrl-C of run.sh: CongoDB saves what changed, then exits.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
    }

    /// <summary>SIGKILL: no chance to save.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private static (Process Process, StreamReader Output) Launch(string dataDir, TimeSpan saveInterval)
    {
        var start = new ProcessStartInfo("node", [Script, "0", dataDir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CONGODB_SAVE_INTERVAL_MS"] = ((int)saveInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        return (process, process.StandardOutput);
    }
}
