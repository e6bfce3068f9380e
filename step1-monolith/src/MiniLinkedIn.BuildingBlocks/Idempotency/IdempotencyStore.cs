using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.BuildingBlocks.Idempotency;

/// <summary>
/// The keys of one module's writes, in that module's own database (collection <c>idempotencyKeys</c>).
/// A record fixes the id of the resource before the write, so every attempt of one request writes
/// the same <c>_id</c> and at most one of them can store it (docs/decisions/0011-idempotency-keys.md).
/// </summary>
public sealed class IdempotencyStore(IMongoDatabase database, TimeProvider time)
{
    private readonly IMongoCollection<IdempotencyRecord> records =
        database.GetCollection<IdempotencyRecord>("idempotencyKeys");

    /// <summary>MongoDB removes expired records; an expired record that is still there counts as absent.</summary>
    public Task CreateIndexesAsync(CancellationToken cancellationToken) => records.Indexes.CreateOneAsync(
        new CreateIndexModel<IdempotencyRecord>(
            Builders<IdempotencyRecord>.IndexKeys.Ascending(r => r.ExpiresAt),
            new CreateIndexOptions { Name = "expiry", ExpireAfter = TimeSpan.Zero }),
        cancellationToken: cancellationToken);

    /// <returns>The claim, or null when the key was used for a different request (its fingerprint differs).</returns>
    public async Task<IdempotencyClaim?> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMilliseconds();
        var fresh = new IdempotencyRecord
        {
            Id = request.RecordId,
            Fingerprint = request.Fingerprint,
            ResourceId = ObjectId.GenerateNewId(),
            ExpiresAt = now + IdempotencyKey.Lifetime,
        };
        while (true)
        {
            if (await TryInsertAsync(fresh, cancellationToken))
            {
                return new IdempotencyClaim(fresh.ResourceId, IsRepeat: false);
            }

            var known = await records.Find(r => r.Id == fresh.Id).FirstOrDefaultAsync(cancellationToken);
            if (known is null)
            {
                continue; // removed as expired since the insert failed: insert again
            }

            if (known.ExpiresAt > now)
            {
                return known.Fingerprint == request.Fingerprint ? new IdempotencyClaim(known.ResourceId, IsRepeat: true) : null;
            }

            // Expired, not yet removed: take it over, unless another request just did (then read again).
            var replaced = await records.ReplaceOneAsync(
                r => r.Id == known.Id && r.ExpiresAt == known.ExpiresAt, fresh, cancellationToken: cancellationToken);
            if (replaced.ModifiedCount == 1)
            {
                return new IdempotencyClaim(fresh.ResourceId, IsRepeat: false);
            }
        }
    }

    private Task<bool> TryInsertAsync(IdempotencyRecord record, CancellationToken cancellationToken) =>
        records.TryInsertOneAsync(record, cancellationToken);
}
