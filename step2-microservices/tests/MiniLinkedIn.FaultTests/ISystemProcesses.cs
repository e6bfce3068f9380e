namespace MiniLinkedIn.FaultTests;

/// <summary>
/// The processes of the system under test, and what the fault tests do to them. One scenario set, two
/// systems: <c>./run.sh microservices</c> (<see cref="LocalRun"/>) and the compose stack (<see cref="ComposeProject"/>).
/// A crash is the same in both: SIGKILL of a process of this host (<see cref="RunningSystem.Kill"/>).
/// </summary>
public interface ISystemProcesses
{
    /// <summary>The running processes of <paramref name="name"/> (user, post, notification, gateway), in a stable order.</summary>
    Task<IReadOnlyList<ServiceProcess>> OfAsync(string name);

    /// <summary>Waits until the <paramref name="killed"/> process runs again, where the gateway expects it.</summary>
    Task<ServiceProcess> RestartedAsync(ServiceProcess killed);

    /// <summary>Every process of <paramref name="name"/> down, and kept down until the result is disposed.</summary>
    Task<IAsyncDisposable> TakeDownAsync(string name);

    /// <summary>A line of the logs of <paramref name="name"/>'s processes (the gateway's: its access log) that contains <paramref name="text"/>, if any.</summary>
    Task<string?> LogLineContainingAsync(string name, string text);

    /// <summary>A GET of <paramref name="path"/> sent straight to <paramref name="process"/>, past the gateway, as a neighbour on its network would send it.</summary>
    Task<HttpResponseMessage> GetDirectAsync(ServiceProcess process, string path);
}
