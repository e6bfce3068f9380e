using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.FaultTests;

/// <summary>
/// The containers of a compose project (<c>deploy/containers/up.sh microservices</c>), through the engine's
/// command line (podman, or docker). A container's main process is a process of this host too: killing
/// it is a crash, which the restart policy answers (<c>podman kill</c> or <c>stop</c> would count as a
/// manual stop, never restarted, so they serve to keep a service down instead). A service's containers
/// listen on port 8080 of the stack's network, which only its neighbours reach: a direct request is
/// sent from a gateway container (bash's <c>/dev/tcp</c>; the images have no curl).
/// </summary>
public sealed class ComposeProject(string engine, string project) : ISystemProcesses
{
    public async Task<IReadOnlyList<ServiceProcess>> OfAsync(string name)
    {
        var processes = new List<ServiceProcess>();
        foreach (var id in await ContainersAsync(name))
        {
            // "mini-linkedin_post_1 4711 172.31.250.7" (docker writes the name with a leading '/')
            var fields = (await RunAsync("inspect", "-f", "{{.Name}} {{.State.Pid}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", id))
                .Trim().Split(' ');
            if (fields is [var container, var pid, var address] && pid != "0")
            {
                processes.Add(new ServiceProcess(name, container.TrimStart('/'), int.Parse(pid, CultureInfo.InvariantCulture), $"{address}:8080"));
            }
        }

        return [.. processes.OrderBy(p => p.Replica, StringComparer.Ordinal)];
    }

    /// <summary>The same container runs again (the gateway finds it by its service's name, wherever it now is).</summary>
    public Task<ServiceProcess> RestartedAsync(ServiceProcess killed) => Eventually.GetAsync(
        async () => (await OfAsync(killed.Name)).SingleOrDefault(p => p.Replica == killed.Replica && p.Pid != killed.Pid),
        $"container {killed.Replica} to be restarted",
        TimeSpan.FromSeconds(60));

    public async Task<IAsyncDisposable> TakeDownAsync(string name)
    {
        var containers = await ContainersAsync(name);
        await RunAsync(["stop", .. containers]);
        return new Stopped(this, containers);
    }

    public async Task<string?> LogLineContainingAsync(string name, string text)
    {
        foreach (var id in await ContainersAsync(name))
        {
            if ((await RunAsync("logs", id)).Split('\n').FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }
        }

        return null;
    }

    public async Task<HttpResponseMessage> GetDirectAsync(ServiceProcess process, string path)
    {
        var gateway = (await ContainersAsync("gateway"))[0];
        var (host, port) = (process.Address[..process.Address.LastIndexOf(':')], process.Address[(process.Address.LastIndexOf(':') + 1)..]);
        const string Get = """exec 3<>"/dev/tcp/$0/$1" && printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$2" "$0" >&3 && cat <&3""";
        return Parse(await RunAsync("exec", gateway, "bash", "-c", Get, host, port, path));
    }

    /// <summary>An HTTP/1.0 answer as bash read it: status line, headers, blank line, body.</summary>
    private static HttpResponseMessage Parse(string raw)
    {
        var (head, body) = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0 ? (raw[..end], raw[(end + 4)..]) : (raw, "");
        var lines = head.Split("\r\n");
        var response = new HttpResponseMessage((HttpStatusCode)int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture))
        {
            Content = new StringContent(body),
        };
        var contentType = lines.Skip(1).FirstOrDefault(line => line.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase));
        response.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType["Content-Type:".Length..].Trim());
        return response;
    }

    private async Task<string[]> ContainersAsync(string name)
    {
        var ids = (await RunAsync(
                "ps", "-q", "--filter", $"label=com.docker.compose.project={project}", "--filter", $"label=com.docker.compose.service={name}"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(ids, Is.Not.Empty, $"running containers of {name} in the compose project {project}");
        return ids;
    }

    private async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(engine) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{engine} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"{engine} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private sealed class Stopped(ComposeProject stack, string[] containers) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await stack.RunAsync(["start", .. containers]);
    }
}
