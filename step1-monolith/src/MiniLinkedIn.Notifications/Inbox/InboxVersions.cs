using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MiniLinkedIn.ServiceDefaults.Persistence;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>
/// Tells whether a reader's notifications may have changed, without reading them: the version of
/// everybody's inbox and of the reader's read marks, both raised after each write. Read before the
/// page is, so a change racing with a request makes the next request's version differ; raised on
/// every delivery, mark and clean-up, even one that changed nothing, so that a retry after a
/// failure between the write and the raise raises it after all.
/// </summary>
internal sealed class InboxVersions(IMongoDatabase database)
{
    /// <summary>The key of the version every reader shares: deliveries and clean-ups.</summary>
    public const string Everybody = "*";

    private readonly IMongoCollection<InboxVersion> versions = database.GetCollection<InboxVersion>("inboxVersions");

    public Task CreateIndexesAsync(CancellationToken cancellationToken) =>
        versions.Indexes.CreateOneAsync(
            new CreateIndexModel<InboxVersion>(Builders<InboxVersion>.IndexKeys.Ascending(v => v.Key), new CreateIndexOptions { Name = "key_unique", Unique = true }),
            cancellationToken: cancellationToken);

    public Task RaiseForEverybodyAsync(CancellationToken cancellationToken) => RaiseAsync(Everybody, cancellationToken);

    public Task RaiseForReaderAsync(string readerId, CancellationToken cancellationToken) => RaiseAsync(readerId, cancellationToken);

    /// <summary>An opaque tag of what <paramref name="readerId"/> sees on <paramref name="page"/> now: equal tags, equal pages.</summary>
    public async Task<string> TagAsync(string readerId, string page, CancellationToken cancellationToken)
    {
        var found = await versions
            .Find(Builders<InboxVersion>.Filter.In(v => v.Key, [Everybody, readerId]))
            .SortBy(v => v.Id)
            .ToListAsync(cancellationToken);
        var state = string.Join('|', [readerId, page, .. found.Select(v => $"{v.Key}={v.Version}")]);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(state)).AsSpan(0, 16));
    }

    private async Task RaiseAsync(string key, CancellationToken cancellationToken)
    {
        var raise = () => versions.UpdateOneAsync(
            v => v.Key == key,
            Builders<InboxVersion>.Update.Inc(v => v.Version, 1L).SetOnInsert(v => v.Id, ObjectId.GenerateNewId()),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        try
        {
            await raise();
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            // Another request created the counter first: raise that one.
            await raise();
        }
    }
}
