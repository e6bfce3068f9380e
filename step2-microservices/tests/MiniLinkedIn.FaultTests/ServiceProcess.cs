namespace MiniLinkedIn.FaultTests;

/// <summary>
/// One running process of the system: a replica of a service, or the gateway. <paramref name="Replica"/>
/// names it across restarts (a replica number locally, a container name under compose);
/// <paramref name="Pid"/> is its process id on this host; <paramref name="Address"/> is where the other
/// processes of the system reach it (host:port).
/// </summary>
public sealed record ServiceProcess(string Name, string Replica, int Pid, string Address);
