using MongoDB.Driver;

namespace MiniLinkedIn.BuildingBlocks.Paging;

public static class KeysetPaging
{
    public const string CreatedAtField = "createdAt";
    public const string IdField = "_id";

    public static IndexKeysDefinition<T> NewestFirstIndex<T>() =>
        Builders<T>.IndexKeys.Descending(CreatedAtField).Descending(IdField);

    /// <summary>One page after the cursor, newest first, with the id breaking ties between equal times.</summary>
    public static async Task<Page<T>> FindPageAsync<T>(
        this IMongoCollection<T> collection, FilterDefinition<T> filter, PageRequest page, CancellationToken cancellationToken)
        where T : ITimeOrdered
    {
        var f = Builders<T>.Filter;
        if (page.After is { } after)
        {
            filter &= f.Or(
                f.Lt(CreatedAtField, after.CreatedAt),
                f.And(f.Eq(CreatedAtField, after.CreatedAt), f.Lt(IdField, after.Id)));
        }

        var items = await collection.Find(filter)
            .Sort(Builders<T>.Sort.Descending(CreatedAtField).Descending(IdField))
            .Limit(page.Limit + 1)
            .ToListAsync(cancellationToken);

        if (items.Count <= page.Limit)
        {
            return new Page<T>(items, null);
        }

        items.RemoveAt(page.Limit);
        var last = items[^1];
        return new Page<T>(items, new PageCursor(last.CreatedAt, last.Id).Encode());
    }
}
