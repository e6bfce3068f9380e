using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Notifications.Inbox;

internal sealed class NotificationStore : IStartupTask
{
    private readonly IMongoCollection<Notification> notifications;
    private readonly IMongoCollection<ReadMark> readMarks;
    private readonly InboxVersions versions;

    public NotificationStore(MongoDatabases databases)
    {
        var database = databases.Get(NotificationsOptions.DatabaseName);
        notifications = database.GetCollection<Notification>("notifications");
        readMarks = database.GetCollection<ReadMark>("readMarks");
        versions = new InboxVersions(database);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await notifications.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<Notification>(KeysetPaging.NewestFirstIndex<Notification>(), new CreateIndexOptions { Name = "newest_first" }),
            new CreateIndexModel<Notification>(Builders<Notification>.IndexKeys.Ascending(n => n.PostId), new CreateIndexOptions { Name = "post_unique", Unique = true }),
            new CreateIndexModel<Notification>(Builders<Notification>.IndexKeys.Ascending(n => n.AuthorId), new CreateIndexOptions { Name = "author" }),
        ], cancellationToken);
        await readMarks.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<ReadMark>(Builders<ReadMark>.IndexKeys.Ascending(m => m.UserId).Ascending(m => m.NotificationId), new CreateIndexOptions { Name = "user_notification_unique", Unique = true }),
            new CreateIndexModel<ReadMark>(Builders<ReadMark>.IndexKeys.Ascending(m => m.NotificationCreatedAt), new CreateIndexOptions { Name = "notification_age" }),
        ], cancellationToken);
        await versions.CreateIndexesAsync(cancellationToken);
    }

    /// <summary>
    /// Stores the candidates whose post has no notification yet, in one bulk write of upserts.
    /// A concurrent delivery of the same post may insert first: the unique postId index makes
    /// that a duplicate-key error, and the notification read back is then theirs.
    /// </summary>
    /// <returns>Each candidate's post's notification, and whether this call created it, in the order of the candidates.</returns>
    public async Task<IReadOnlyList<Announcement>> AddOnceAsync(
        IReadOnlyList<Notification> candidates, CancellationToken cancellationToken)
    {
        var distinct = candidates.DistinctBy(c => c.PostId).ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        var stored = await UpsertAsync(distinct, cancellationToken);
        await versions.RaiseForEverybodyAsync(cancellationToken);
        return [.. candidates.Select(c => new Announcement(stored[c.PostId], stored[c.PostId].Id == c.Id))];
    }

    private async Task<Dictionary<string, Notification>> UpsertAsync(List<Notification> distinct, CancellationToken cancellationToken)
    {
        var writes = distinct.Select(c => new UpdateOneModel<Notification>(
            Builders<Notification>.Filter.Eq(n => n.PostId, c.PostId),
            Builders<Notification>.Update
                .SetOnInsert(n => n.Id, c.Id)
                .SetOnInsert(n => n.AuthorId, c.AuthorId)
                .SetOnInsert(n => n.AuthorEmail, c.AuthorEmail)
                .SetOnInsert(n => n.Preview, c.Preview)
                .SetOnInsert(n => n.CreatedAt, c.CreatedAt))
        { IsUpsert = true }).ToList();
        BulkWriteResult<Notification> result;
        try
        {
            result = await notifications.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
        }
        catch (MongoBulkWriteException<Notification> ex) when (ex.WriteConcernError is null && ex.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey))
        {
            // Lost the race for those posts; the other writes of the batch went through (unordered).
            result = ex.Result;
        }

        // An upserted candidate is stored as it is; only the others need reading back.
        var stored = result.Upserts.Select(u => distinct[u.Index]).ToDictionary(c => c.PostId);
        var others = distinct.Where(c => !stored.ContainsKey(c.PostId)).Select(c => c.PostId).ToList();
        if (others.Count > 0)
        {
            foreach (var existing in await notifications.Find(Builders<Notification>.Filter.In(n => n.PostId, others)).ToListAsync(cancellationToken))
            {
                stored[existing.PostId] = existing;
            }
        }

        return stored;
    }

    public async Task<Notification?> FindAsync(ObjectId id, CancellationToken cancellationToken) =>
        await notifications.Find(n => n.Id == id).FirstOrDefaultAsync(cancellationToken);

    public Task<Page<Notification>> PageForReaderAsync(string readerId, PageRequest page, CancellationToken cancellationToken) =>
        notifications.FindPageAsync(VisibleTo(readerId), page, cancellationToken);

    public async Task<HashSet<ObjectId>> ReadByAsync(string readerId, IReadOnlyCollection<ObjectId> notificationIds, CancellationToken cancellationToken)
    {
        if (notificationIds.Count == 0)
        {
            return [];
        }

        var marks = await readMarks
            .Find(Builders<ReadMark>.Filter.Eq(m => m.UserId, readerId) & Builders<ReadMark>.Filter.In(m => m.NotificationId, notificationIds))
            .ToListAsync(cancellationToken);
        return [.. marks.Select(m => m.NotificationId)];
    }

    /// <summary>
    /// All notifications − the reader's own − the reader's read marks (a reader marks only what they
    /// can see). None of the three counts reads the notifications: the total comes from the
    /// collection's metadata, the other two from the prefixes of the author and read-mark indexes.
    /// </summary>
    public async Task<long> CountUnreadAsync(string readerId, CancellationToken cancellationToken)
    {
        var all = notifications.EstimatedDocumentCountAsync(cancellationToken: cancellationToken);
        var own = notifications.CountDocumentsAsync(n => n.AuthorId == readerId, cancellationToken: cancellationToken);
        var read = readMarks.CountDocumentsAsync(m => m.UserId == readerId, cancellationToken: cancellationToken);
        await Task.WhenAll(all, own, read);
        return Math.Max(0, all.Result - own.Result - read.Result);
    }

    /// <summary>
    /// Stores the reader's read mark. A mark that lands after the cleaner deleted its notification
    /// (and that notification's marks) would count as read for ever: so the notification is looked
    /// up again after the write, and without it the mark is taken back. Either this look-up sees the
    /// deletion, or the cleaner's delete of the marks comes after this mark.
    /// </summary>
    /// <returns>False when the notification was deleted meanwhile.</returns>
    public async Task<bool> MarkReadAsync(Notification notification, string readerId, DateTime now, CancellationToken cancellationToken)
    {
        await UpsertReadMarkAsync(notification, readerId, now, cancellationToken);
        var stillThere = await notifications.Find(n => n.Id == notification.Id).AnyAsync(cancellationToken);
        if (!stillThere)
        {
            await readMarks.DeleteOneAsync(m => m.UserId == readerId && m.NotificationId == notification.Id, cancellationToken);
        }

        await versions.RaiseForReaderAsync(readerId, cancellationToken);
        return stillThere;
    }

    private async Task UpsertReadMarkAsync(Notification notification, string readerId, DateTime now, CancellationToken cancellationToken)
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
        var marksDeleted = await readMarks.DeleteManyAsync(m => m.NotificationCreatedAt < cutoff, cancellationToken);
        if (deleted.DeletedCount + marksDeleted.DeletedCount > 0)
        {
            // Not on every run: that would send every open badge a full answer every few minutes.
            await versions.RaiseForEverybodyAsync(cancellationToken);
        }

        return deleted.DeletedCount;
    }

    /// <summary>The versions of the reader's notifications, and their unread count if it is known for them (see <see cref="InboxVersions"/>).</summary>
    public Task<InboxState> InboxStateAsync(string readerId, CancellationToken cancellationToken) =>
        versions.ReadAsync(readerId, cancellationToken);

    public Task RememberUnreadCountAsync(InboxState state, long unreadCount, CancellationToken cancellationToken) =>
        versions.RememberUnreadCountAsync(state, unreadCount, cancellationToken);

    private static FilterDefinition<Notification> VisibleTo(string readerId) =>
        Builders<Notification>.Filter.Ne(n => n.AuthorId, readerId);
}
