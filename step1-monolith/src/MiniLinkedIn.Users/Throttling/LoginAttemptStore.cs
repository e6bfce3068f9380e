using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.Persistence;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Users.Throttling;

/// <summary>
/// Login attempt counters in the users database, so that every replica of the user service counts
/// the same attempts: a limit kept in process memory would give N replicas N times the attempts.
/// </summary>
public sealed class LoginAttemptStore(MongoDatabases databases) : IStartupTask
{
    private readonly IMongoCollection<LoginAttemptWindow> windows =
        databases.Get(UsersOptions.DatabaseName).GetCollection<LoginAttemptWindow>("loginAttempts");

    public Task RunAsync(CancellationToken cancellationToken) => windows.Indexes.CreateManyAsync(
    [
        new CreateIndexModel<LoginAttemptWindow>(
            Builders<LoginAttemptWindow>.IndexKeys.Ascending(w => w.Key).Ascending(w => w.WindowStart),
            new CreateIndexOptions { Name = "key_window_unique", Unique = true }),
        new CreateIndexModel<LoginAttemptWindow>(
            Builders<LoginAttemptWindow>.IndexKeys.Ascending(w => w.ExpiresAt),
            new CreateIndexOptions { Name = "expiry", ExpireAfter = TimeSpan.Zero }),
    ], cancellationToken);

    /// <summary>Counts one attempt of <paramref name="key"/> in the window starting at <paramref name="windowStart"/>.</summary>
    /// <returns>The attempts in that window so far, this one included.</returns>
    public async Task<int> CountAttemptAsync(string key, DateTime windowStart, TimeSpan window, CancellationToken cancellationToken)
    {
        var filter = Builders<LoginAttemptWindow>.Filter.Eq(w => w.Key, key) & Builders<LoginAttemptWindow>.Filter.Eq(w => w.WindowStart, windowStart);
        var update = Builders<LoginAttemptWindow>.Update
            .Inc(w => w.Attempts, 1)
            .SetOnInsert(w => w.Id, ObjectId.GenerateNewId())
            .SetOnInsert(w => w.ExpiresAt, windowStart + window + window);
        var options = new FindOneAndUpdateOptions<LoginAttemptWindow> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        try
        {
            return (await windows.FindOneAndUpdateAsync(filter, update, options, cancellationToken)).Attempts;
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            // Another replica created this window's counter at the same moment; now it exists, so this update finds it.
            return (await windows.FindOneAndUpdateAsync(filter, update, options, cancellationToken)).Attempts;
        }
    }
}
