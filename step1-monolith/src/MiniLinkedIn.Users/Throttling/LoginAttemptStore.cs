using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Users.Throttling;

/// <summary>
/// Login attempt counters in the users database, so that every replica of the user service counts
/// the same attempts: a limit kept in process memory would give N replicas N times the attempts.
/// One counter per key; its window opens with the first attempt and lasts one window length.
/// </summary>
internal sealed class LoginAttemptStore(MongoDatabases databases) : IStartupTask
{
    private readonly IMongoCollection<LoginAttemptWindow> windows =
        databases.Get(UsersOptions.DatabaseName).GetCollection<LoginAttemptWindow>("loginAttempts");

    public Task RunAsync(CancellationToken cancellationToken) => windows.Indexes.CreateManyAsync(
    [
        new CreateIndexModel<LoginAttemptWindow>(
            Builders<LoginAttemptWindow>.IndexKeys.Ascending(w => w.Key),
            new CreateIndexOptions { Name = "key_unique", Unique = true }),
        new CreateIndexModel<LoginAttemptWindow>(
            Builders<LoginAttemptWindow>.IndexKeys.Ascending(w => w.ExpiresAt),
            new CreateIndexOptions { Name = "expiry", ExpireAfter = TimeSpan.Zero }),
    ], cancellationToken);

    /// <summary>Counts one attempt of <paramref name="key"/>: in its open window, or in a new one from <paramref name="now"/>.</summary>
    /// <returns>The attempts in the window so far (this one included), and when the window ends.</returns>
    public async Task<(int Attempts, DateTime WindowEnd)> CountAttemptAsync(string key, DateTime now, TimeSpan window, CancellationToken cancellationToken)
    {
        var open = await windows.FindOneAndUpdateAsync(
            w => w.Key == key && w.WindowStart > now - window,
            Builders<LoginAttemptWindow>.Update.Inc(w => w.Attempts, 1),
            new FindOneAndUpdateOptions<LoginAttemptWindow> { ReturnDocument = ReturnDocument.After },
            cancellationToken);
        if (open is not null)
        {
            return (open.Attempts, open.WindowStart + window);
        }

        try
        {
            // No open window: start one (an expired counter is reset, a missing one created).
            var opened = await windows.FindOneAndUpdateAsync(
                w => w.Key == key && w.WindowStart <= now - window,
                Builders<LoginAttemptWindow>.Update
                    .Set(w => w.WindowStart, now)
                    .Set(w => w.Attempts, 1)
                    .Set(w => w.ExpiresAt, now + window + window)
                    .SetOnInsert(w => w.Id, ObjectId.GenerateNewId()),
                new FindOneAndUpdateOptions<LoginAttemptWindow> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
                cancellationToken);
            return (opened.Attempts, opened.WindowStart + window);
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            // Another replica opened the window at the same moment (the unique key is the backstop): count in it.
            return await CountAttemptAsync(key, now, window, cancellationToken);
        }
    }
}
