namespace MiniLinkedIn.ServiceDefaults.Hosting;

/// <summary>Work a module needs done once before it can serve (indexes, buckets). Must be idempotent.</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
