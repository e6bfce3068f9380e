using MiniLinkedIn.BuildingBlocks.Persistence;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>
/// Tells whether a reader's notifications may have changed, without reading them: the version of
/// everybody's inbox and of the reader's read marks, both raised after each write, and read (in
/// one query) before the page is, so that a change racing with a request makes the next request's
/// versions differ. They are raised on every delivery and mark, even one that changed nothing, so
/// that a retry after a failure between the write and the raise raises them after all; and on every
/// clean-up that deleted something.
/// The reader's unread count is remembered with the versions it was counted at, and used only
/// while both are still those.
/// </summary>
internal sealed class InboxVersions(IMongoDatabase database)
{
    /// <summary>The key of the version every reader shares: deliveries and clean-ups.</summary>
    public const string Everybody = "*";

    private readonly IMongoCollection<InboxVersion> versions = database.GetCollection<InboxVersion>("inboxVersions");

    public static string UnreadKey(string readerId) => "unread:" + readerId;

    public Task CreateIndexesAsync(CancellationToken cancellationToken) =>
        versions.Indexes.CreateOneAsync(
            new CreateIndexModel<InboxVersion>(Builders<InboxVersion>.IndexKeys.Ascending(v => v.Key), new CreateIndexOptions { Name = "key_unique", Unique = true }),
            cancellationToken: cancellationToken);

    public Task RaiseForEverybodyAsync(CancellationToken cancellationToken) =>
        UpsertAsync(Everybody, Builders<InboxVersion>.Update.Inc(v => v.Version, 1L), cancellationToken);

    public Task RaiseForReaderAsync(string readerId, CancellationToken cancellationToken) =>
        UpsertAsync(readerId, Builders<InboxVersion>.Update.Inc(v => v.Version, 1L), cancellationToken);

    public async Task<InboxState> ReadAsync(string readerId, CancellationToken cancellationToken)
    {
        var found = await versions
            .Find(Builders<InboxVersion>.Filter.In(v => v.Key, [Everybody, readerId, UnreadKey(readerId)]))
            .ToListAsync(cancellationToken);
        // Sums: should two documents of a key ever exist (a store without unique indexes), every raise still shows.
        var everybody = found.Where(v => v.Key == Everybody).Sum(v => v.Version);
        var reader = found.Where(v => v.Key == readerId).Sum(v => v.Version);
        var state = new InboxState(readerId, everybody, reader, null);
        var remembered = found.FirstOrDefault(v => v.Key == UnreadKey(readerId) && v.CountedAt == state.Versions);
        return state with { UnreadCount = remembered?.UnreadCount };
    }

    /// <summary>Remembers the unread count counted after <paramref name="state"/> was read; a later state never uses it.</summary>
    public Task RememberUnreadCountAsync(InboxState state, long unreadCount, CancellationToken cancellationToken) =>
        UpsertAsync(
            UnreadKey(state.ReaderId),
            Builders<InboxVersion>.Update.Set(v => v.UnreadCount, unreadCount).Set(v => v.CountedAt, state.Versions),
            cancellationToken);

    private async Task UpsertAsync(string key, UpdateDefinition<InboxVersion> update, CancellationToken cancellationToken)
    {
        var upsert = () => versions.UpdateOneAsync(
            v => v.Key == key,
            update.SetOnInsert(v => v.Id, ObjectId.GenerateNewId()),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        try
        {
            await upsert();
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            // Another request created the document first: update that one.
            await upsert();
        }
    }
}
