namespace MiniLinkedIn.FaultTests;

/// <summary>One process of the running system, as its run directory's <c>processes</c> file lists it.</summary>
public sealed record ServiceProcess(string Name, int Replica, int Port, int Pid);
