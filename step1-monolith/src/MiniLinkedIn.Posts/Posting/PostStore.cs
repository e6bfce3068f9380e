using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.Paging;
using MiniLinkedIn.ServiceDefaults.Persistence;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Posts.Posting;

public sealed class PostStore(MongoDatabases databases) : IStartupTask
{
    private const string NextAttemptField = "pendingNotification.nextAttemptAt";

    private readonly IMongoCollection<Post> posts =
        databases.Get(PostsOptions.DatabaseName).GetCollection<Post>("posts");

    public Task RunAsync(CancellationToken cancellationToken) => posts.Indexes.CreateManyAsync(
    [
        new CreateIndexModel<Post>(KeysetPaging.NewestFirstIndex<Post>(), new CreateIndexOptions { Name = "newest_first" }),
        new CreateIndexModel<Post>(Builders<Post>.IndexKeys.Ascending(NextAttemptField), new CreateIndexOptions { Name = "outbox_due", Sparse = true }),
    ], cancellationToken);

    public Task InsertAsync(Post post, CancellationToken cancellationToken) =>
        posts.InsertOneAsync(post, cancellationToken: cancellationToken);

    public async Task<Post?> FindAsync(ObjectId id, CancellationToken cancellationToken) =>
        await posts.Find(p => p.Id == id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Everybody's posts but the reader's own, newest first.</summary>
    public Task<Page<Post>> FeedAsync(string readerId, PageRequest page, CancellationToken cancellationToken) =>
        posts.FindPageAsync(Builders<Post>.Filter.Ne(p => p.AuthorId, readerId), page, cancellationToken);

    /// <summary>
    /// Takes the oldest due outbox entry and pushes its next attempt past <paramref name="lease"/>,
    /// so that another dispatcher (another instance) does not deliver it at the same time.
    /// </summary>
    public async Task<Post?> ClaimDueNotificationAsync(DateTime now, TimeSpan lease, CancellationToken cancellationToken) =>
        await posts.FindOneAndUpdateAsync(
            Builders<Post>.Filter.Lte(NextAttemptField, now),
            Builders<Post>.Update.Set(NextAttemptField, now + lease).Inc("pendingNotification.attempts", 1),
            new FindOneAndUpdateOptions<Post> { Sort = Builders<Post>.Sort.Ascending(NextAttemptField), ReturnDocument = ReturnDocument.After },
            cancellationToken);

    public Task MarkNotificationDeliveredAsync(ObjectId postId, CancellationToken cancellationToken) =>
        posts.UpdateOneAsync(p => p.Id == postId, Builders<Post>.Update.Unset(p => p.PendingNotification), cancellationToken: cancellationToken);

    public Task ScheduleNotificationRetryAsync(ObjectId postId, DateTime nextAttemptAt, string error, CancellationToken cancellationToken) =>
        posts.UpdateOneAsync(
            p => p.Id == postId,
            Builders<Post>.Update.Set(NextAttemptField, nextAttemptAt).Set("pendingNotification.lastError", error),
            cancellationToken: cancellationToken);
}
