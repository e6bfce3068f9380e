using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.Paging;
using MiniLinkedIn.ServiceDefaults.Persistence;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Notifications.Inbox;

public sealed class NotificationStore : IStartupTask
{
    private readonly IMongoCollection<Notification> notifications;
    private readonly IMongoCollection<ReadMark> readMarks;

    public NotificationStore(MongoDatabases databases)
    {
        var database = databases.Get(NotificationsOptions.DatabaseName);
        notifications = database.GetCollection<Notification>("notifications");
        readMarks = database.GetCollection<ReadMark>("readMarks");
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await notifications.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<Notification>(KeysetPaging.NewestFirstIndex<Notification>(), new CreateIndexOptions { Name = "newest_first" }),
            new CreateIndexModel<Notification>(Builders<Notification>.IndexKeys.Ascending(n => n.PostId), new CreateIndexOptions { Name = "post_unique", Unique = true }),
        ], cancellationToken);
        await readMarks.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<ReadMark>(Builders<ReadMark>.IndexKeys.Ascending(m => m.UserId).Ascending(m => m.NotificationId), new CreateIndexOptions { Name = "user_notification_unique", Unique = true }),
            new CreateIndexModel<ReadMark>(Builders<ReadMark>.IndexKeys.Ascending(m => m.NotificationCreatedAt), new CreateIndexOptions { Name = "notification_age" }),
        ], cancellationToken);
    }

    /// <returns>The post's notification, and whether this call created it.</returns>
    public async Task<(Notification Notification, bool Created)> AddOnceAsync(Notification candidate, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await notifications.FindOneAndUpdateAsync(
                Builders<Notification>.Filter.Eq(n => n.PostId, candidate.PostId),
                Builders<Notification>.Update
                    .SetOnInsert(n => n.Id, candidate.Id)
                    .SetOnInsert(n => n.AuthorId, candidate.AuthorId)
                    .SetOnInsert(n => n.AuthorEmail, candidate.AuthorEmail)
                    .SetOnInsert(n => n.Preview, candidate.Preview)
                    .SetOnInsert(n => n.CreatedAt, candidate.CreatedAt),
                new FindOneAndUpdateOptions<Notification> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
                cancellationToken);
            return (stored, stored.Id == candidate.Id);
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            // A concurrent delivery of the same post inserted first; theirs is the notification.
            return (await notifications.Find(n => n.PostId == candidate.PostId).FirstAsync(cancellationToken), false);
        }
    }

    public async Task<Notification?> FindAsync(ObjectId id, CancellationToken cancellationToken) =>
        await notifications.Find(n => n.Id == id).FirstOrDefaultAsync(cancellationToken);

    public Task<Page<Notification>> PageForReaderAsync(string readerId, PageRequest page, CancellationToken cancellationToken) =>
        notifications.FindPageAsync(VisibleTo(readerId), page, cancellationToken);

    public async Task<HashSet<ObjectId>> ReadByAsync(string readerId, IEnumerable<ObjectId> notificationIds, CancellationToken cancellationToken)
    {
        var marks = await readMarks
            .Find(Builders<ReadMark>.Filter.Eq(m => m.UserId, readerId) & Builders<ReadMark>.Filter.In(m => m.NotificationId, notificationIds))
            .ToListAsync(cancellationToken);
        return [.. marks.Select(m => m.NotificationId)];
    }

    /// <summary>Visible notifications minus the reader's read marks (a reader only marks what they can see).</summary>
    public async Task<long> CountUnreadAsync(string readerId, CancellationToken cancellationToken)
    {
        var visible = await notifications.CountDocumentsAsync(VisibleTo(readerId), cancellationToken: cancellationToken);
        var read = await readMarks.CountDocumentsAsync(m => m.UserId == readerId, cancellationToken: cancellationToken);
        return Math.Max(0, visible - read);
    }

    public async Task MarkReadAsync(Notification notification, string readerId, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            await readMarks.UpdateOneAsync(
                m => m.UserId == readerId && m.NotificationId == notification.Id,
                Builders<ReadMark>.Update
                    .SetOnInsert(m => m.Id, ObjectId.GenerateNewId())
                    .SetOnInsert(m => m.NotificationCreatedAt, notification.CreatedAt)
                    .SetOnInsert(m => m.ReadAt, now),
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            // Marked read by a concurrent request: the outcome is the same.
        }
    }

    /// <summary>Deletes notifications created before <paramref name="cutoff"/> and their read marks. Idempotent.</summary>
    /// <returns>How many notifications were deleted.</returns>
    public async Task<long> DeleteOlderThanAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        var deleted = await notifications.DeleteManyAsync(n => n.CreatedAt < cutoff, cancellationToken);
        await readMarks.DeleteManyAsync(m => m.NotificationCreatedAt < cutoff, cancellationToken);
        return deleted.DeletedCount;
    }

    private static FilterDefinition<Notification> VisibleTo(string readerId) =>
        Builders<Notification>.Filter.Ne(n => n.AuthorId, readerId);
}
