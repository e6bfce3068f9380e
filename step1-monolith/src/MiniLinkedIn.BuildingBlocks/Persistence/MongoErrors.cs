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

    /// <summary>Inserts the document; false when a unique index already holds its key (lost race or repeat).</summary>
    public static async Task<bool> TryInsertOneAsync<TDocument>(
        this IMongoCollection<TDocument> collection, TDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await collection.InsertOneAsync(document, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            return false;
        }
    }
}
