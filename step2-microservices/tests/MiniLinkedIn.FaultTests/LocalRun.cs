using System.Globalization;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.FaultTests;

/// <summary>
/// The processes of <c>./run.sh microservices</c>, from its run directory: the <c>processes</c> file lists
/// each one (<c>name replica port pid</c>); a file <c>hold-NAME</c> keeps the supervisor from restarting
/// NAME; the logs are <c>logs/NAME-N.log</c> and <c>gateway/access.log</c>.
/// </summary>
public sealed class LocalRun(string runDirectory) : ISystemProcesses
{
    public Task<IReadOnlyList<ServiceProcess>> OfAsync(string name) => Task.FromResult<IReadOnlyList<ServiceProcess>>(
        [.. File.ReadAllLines(Path.Combine(runDirectory, "processes"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .Where(fields => fields[0] == name)
            .Select(fields => new ServiceProcess(name, fields[1], int.Parse(fields[3], CultureInfo.InvariantCulture), $"127.0.0.1:{fields[2]}"))]);

    public async Task<ServiceProcess> RestartedAsync(ServiceProcess killed)
    {
        var restarted = await Eventually.GetAsync(
            async () => (await OfAsync(killed.Name)).SingleOrDefault(p => p.Replica == killed.Replica && p.Pid != killed.Pid),
            $"{killed.Name} replica {killed.Replica} to be restarted",
            TimeSpan.FromSeconds(30));
        Assert.That(restarted.Address, Is.EqualTo(killed.Address), "restarted on its port, the one the gateway's configuration names");
        return restarted;
    }

    public async Task<IAsyncDisposable> TakeDownAsync(string name)
    {
        var hold = Path.Combine(runDirectory, $"hold-{name}");
        await File.WriteAllTextAsync(hold, "held by the fault tests\n");
        foreach (var process in await OfAsync(name))
        {
            RunningSystem.Kill(process);
        }

        return new Hold(hold);
    }

    public Task<string?> LogLineContainingAsync(string name, string text)
    {
        var (folder, files) = name == "gateway" ? ("gateway", "access.log") : ("logs", $"{name}-*.log");
        return Task.FromResult(Directory.EnumerateFiles(Path.Combine(runDirectory, folder), files).SelectMany(file => Lines(file, text)).FirstOrDefault());
    }

    public async Task<HttpResponseMessage> GetDirectAsync(ServiceProcess process, string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://{process.Address}") };
        var response = await client.GetAsync(path);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static List<string> Lines(string file, string text)
    {
        // The process is still writing its log.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Where(line => line.Contains(text, StringComparison.Ordinal))];
    }

    private sealed class Hold(string file) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            File.Delete(file);
            return ValueTask.CompletedTask;
        }
    }
}
