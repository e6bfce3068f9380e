using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.Posts.Outbox;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Posts.Posting;

internal sealed class PostStore(MongoDatabases databases) : IStartupTask
{
    private const string NextAttemptField = "pendingNotification.nextAttemptAt";
    private const string AttemptsField = "pendingNotification.attempts";
    private const string ClaimTokenField = "pendingNotification.claimToken";
    private const string LastErrorField = "pendingNotification.lastError";

    private static readonly FilterDefinitionBuilder<Post> Filter = Builders<Post>.Filter;

    private readonly IMongoCollection<Post> posts =
        databases.Get(PostsOptions.DatabaseName).GetCollection<Post>("posts");

    public Task RunAsync(CancellationToken cancellationToken) => posts.Indexes.CreateManyAsync(
    [
        new CreateIndexModel<Post>(KeysetPaging.NewestFirstIndex<Post>(), new CreateIndexOptions { Name = "newest_first" }),
        // Only posts with an outbox entry are in it, in claim order; the claim reads nothing but this index.
        new CreateIndexModel<Post>(
            Builders<Post>.IndexKeys.Ascending(NextAttemptField).Ascending(KeysetPaging.IdField),
            new CreateIndexOptions<Post> { Name = "outbox_claim", PartialFilterExpression = Filter.Exists(NextAttemptField) }),
    ], cancellationToken);

    /// <returns>False when a post with this id exists: a repeat of the same idempotent request stored it.</returns>
    public Task<bool> TryInsertAsync(Post post, CancellationToken cancellationToken) =>
        posts.TryInsertOneAsync(post, cancellationToken);

    public async Task<Post?> FindAsync(ObjectId id, CancellationToken cancellationToken) =>
        await posts.Find(p => p.Id == id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Everybody's posts but the reader's own, newest first.</summary>
    public Task<Page<Post>> FeedAsync(string readerId, PageRequest page, CancellationToken cancellationToken) =>
        posts.FindPageAsync(Builders<Post>.Filter.Ne(p => p.AuthorId, readerId), page, cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> due outbox entries, oldest first, by pushing their next
    /// attempt to the end of <paramref name="lease"/> under a fresh token. Race-free without
    /// transactions: the update re-checks "due" per document, so of several dispatchers claiming at
    /// once each post gets one token, and only the posts read back with our token are ours.
    /// </summary>
    public async Task<OutboxClaim> ClaimDueNotificationsAsync(DateTime now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        // "$lte a date" implies the partial index's "$exists", so MongoDB may use that index.
        var due = Filter.Lte(NextAttemptField, now);
        var candidates = await posts.Find(due)
            .Sort(Builders<Post>.Sort.Ascending(NextAttemptField).Ascending(KeysetPaging.IdField))
            .Limit(limit)
            .Project(Builders<Post>.Projection.Include(p => p.Id))
            .ToListAsync(cancellationToken);
        var claim = new OutboxClaim(ObjectId.GenerateNewId(), now + lease, []);
        if (candidates.Count == 0)
        {
            return claim;
        }

        await posts.UpdateManyAsync(
            Filter.In(p => p.Id, candidates.Select(c => c[KeysetPaging.IdField].AsObjectId)) & due,
            Builders<Post>.Update.Set(NextAttemptField, claim.Until).Set(ClaimTokenField, claim.Token).Inc(AttemptsField, 1),
            cancellationToken: cancellationToken);
        var claimed = await posts.Find(StillClaimed(claim))
            .Sort(Builders<Post>.Sort.Ascending(NextAttemptField).Ascending(KeysetPaging.IdField))
            .ToListAsync(cancellationToken);
        return claim with { Posts = claimed };
    }

    /// <summary>Posts whose notification is not delivered yet, counted in the outbox index (it holds only those).</summary>
    public Task<long> CountPendingNotificationsAsync(CancellationToken cancellationToken) =>
        posts.CountDocumentsAsync(Filter.Exists(NextAttemptField), cancellationToken: cancellationToken);

    /// <summary>Removes the outbox entries of the claim's posts, where the claim is still ours.</summary>
    public Task MarkNotificationsDeliveredAsync(OutboxClaim claim, CancellationToken cancellationToken) =>
        posts.UpdateManyAsync(StillClaimed(claim), Builders<Post>.Update.Unset(p => p.PendingNotification), cancellationToken: cancellationToken);

    /// <summary>Makes the claim's posts due again at <paramref name="now"/> + the delay for their number of attempts.</summary>
    public async Task ScheduleNotificationRetriesAsync(
        OutboxClaim claim, DateTime now, Func<int, TimeSpan> delayAfterAttempts, string error, CancellationToken cancellationToken)
    {
        var writes = claim.Posts
            .Select(p => p.PendingNotification!.Attempts)
            .Distinct()
            .Select(attempts => new UpdateManyModel<Post>(
                StillClaimed(claim) & Filter.Eq(AttemptsField, attempts),
                Builders<Post>.Update.Set(NextAttemptField, now + delayAfterAttempts(attempts)).Set(LastErrorField, error)))
            .ToList();
        if (writes.Count > 0)
        {
            await posts.BulkWriteAsync(writes, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Served by the outbox index: an equality on its first field.</summary>
    private static FilterDefinition<Post> StillClaimed(OutboxClaim claim) =>
        Filter.Eq(NextAttemptField, claim.Until) & Filter.Eq(ClaimTokenField, claim.Token);
}
