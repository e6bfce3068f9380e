namespace MiniLinkedIn.BuildingBlocks.Paging;

public static class MongoTime
{
    /// <summary>BSON dates keep milliseconds; truncating first keeps cursors and stored times equal.</summary>
    public static DateTime UtcNowMilliseconds(this TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
