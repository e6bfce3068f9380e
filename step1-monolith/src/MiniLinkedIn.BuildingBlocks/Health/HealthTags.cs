namespace MiniLinkedIn.BuildingBlocks.Health;

/// <summary>Checks tagged "ready" gate <c>/readyz</c>; <c>/healthz</c> runs none (process alive).</summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
