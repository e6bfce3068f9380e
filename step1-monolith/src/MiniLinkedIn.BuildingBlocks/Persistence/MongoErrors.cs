using MongoDB.Driver;

namespace MiniLinkedIn.BuildingBlocks.Persistence;

public static class MongoErrors
{
    /// <summary>True when a write lost the race against a unique index (code 11000).</summary>
    public static bool IsDuplicateKey(this MongoException exception) => exception switch
    {
        MongoWriteException write => write.WriteError.Category == ServerErrorCategory.DuplicateKey,
        MongoCommandException command => command.Code == 11000,
        _ => false,
    };
}
