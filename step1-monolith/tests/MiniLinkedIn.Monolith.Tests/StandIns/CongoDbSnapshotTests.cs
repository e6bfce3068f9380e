using MongoDB.Bson;
using MongoDB.Driver;

namespace MiniLinkedIn.Monolith.Tests.StandIns;

/// <summary>
/// The MongoDB stand-in with a data folder (what ./run.sh uses): everything written before a
/// restart is read back after it with the same BSON types, over the real wire protocol.
/// </summary>
public sealed class CongoDbSnapshotTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private DirectoryInfo dataDir = null!;

    [SetUp]
    public void CreateDataDir()
    {
        if (!CongoDbProcess.IsInstalled)
        {
            Assert.Ignore("The MongoDB stand-in is not installed: run the tests through deploy/standins/with-standins.sh.");
        }

        dataDir = Directory.CreateTempSubdirectory("congodb-data-");
    }

    [TearDown]
    public void DeleteDataDir() => dataDir?.Delete(recursive: true);

    [Test]
    public async Task Documents_indexes_and_query_results_are_identical_after_a_restart()
    {
        Snapshot before;
        await using (var first = await CongoDbProcess.StartAsync(dataDir.FullName, OneSecond))
        {
            var things = Things(first);
            await things.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("email"), new CreateIndexOptions { Unique = true, Name = "email_unique" }),
                new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Descending("createdAt").Descending("_id"), new CreateIndexOptions { Name = "newest_first" }),
                new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("pending.due"), new CreateIndexOptions { Name = "due", Sparse = true }),
            ]);
            await things.InsertManyAsync(Enumerable.Range(0, 12).Select(NewThing));
            await things.UpdateOneAsync(Builders<BsonDocument>.Filter.Eq("n", 3), Builders<BsonDocument>.Update.Set("nested.level.tags", new BsonArray { "changed", 3 }));
            await things.DeleteOneAsync(Builders<BsonDocument>.Filter.Eq("n", 5));
            before = await Snapshot.TakeAsync(things);
            await first.StopAsync();
        }

        await using var second = await CongoDbProcess.StartAsync(dataDir.FullName, OneSecond);
        var after = await Snapshot.TakeAsync(Things(second));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Documents, Has.Count.EqualTo(11));
            Assert.That(after.Documents, Is.EqualTo(before.Documents), "every document, field by field, with its BSON type");
            Assert.That(after.Queries, Is.EqualTo(before.Queries), "query results");
            Assert.That(after.Indexes, Is.EqualTo(before.Indexes), "indexes");
        }

        var duplicate = Assert.ThrowsAsync<MongoWriteException>(() => Things(second).InsertOneAsync(NewThing(0)));
        Assert.That(duplicate!.WriteError.Category, Is.EqualTo(ServerErrorCategory.DuplicateKey), "the unique index is enforced after the restart");
    }

    [Test]
    public async Task A_SIGKILL_keeps_what_was_saved_before_it()
    {
        await using (var first = await CongoDbProcess.StartAsync(dataDir.FullName, TimeSpan.FromMilliseconds(200)))
        {
            await Things(first).InsertOneAsync(NewThing(1));
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await first.KillAsync();
        }

        await using var second = await CongoDbProcess.StartAsync(dataDir.FullName, OneSecond);
        Assert.That(await Things(second).CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty), Is.EqualTo(1));
    }

    [Test]
    public async Task A_SIGKILL_while_writing_never_leaves_a_file_that_cannot_be_loaded()
    {
        var inserted = 0;
        await using (var first = await CongoDbProcess.StartAsync(dataDir.FullName, TimeSpan.Zero))
        {
            var things = Things(first);
            var deadline = DateTime.UtcNow.AddSeconds(2);
            while (DateTime.UtcNow < deadline)
            {
                await things.InsertOneAsync(NewThing(inserted++));
            }

            await first.KillAsync();
        }

        await using var second = await CongoDbProcess.StartAsync(dataDir.FullName, OneSecond);
        var count = await Things(second).CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty);
        Assert.That(count, Is.InRange(1, inserted));
    }

    [Test]
    public async Task A_second_CongoDB_on_the_same_data_folder_is_refused()
    {
        await using var first = await CongoDbProcess.StartAsync(dataDir.FullName, OneSecond);

        var (exitCode, error) = await CongoDbProcess.StartExpectingFailureAsync(dataDir.FullName);

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(error, Does.Contain("in use"));
    }

    private static IMongoCollection<BsonDocument> Things(CongoDbProcess congo) =>
        new MongoClient(congo.ConnectionString).GetDatabase("roundtrip").GetCollection<BsonDocument>("things");

    /// <summary>A document with every BSON type the application stores, and some it does not.</summary>
    private static BsonDocument NewThing(int n) => new()
    {
        { "_id", ObjectId.GenerateNewId() },
        { "n", n },
        { "email", $"user{n}@example.com" },
        { "createdAt", new BsonDateTime(new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc).AddMilliseconds(n * 1001)) },
        { "authorId", ObjectId.GenerateNewId().ToString() },
        { "text", "Grüße, ｅｖｅ, İstanbul, 日本 😀" },
        { "nested", new BsonDocument { { "level", new BsonDocument { { "tags", new BsonArray { "a", n, true, BsonNull.Value } }, { "at", new BsonDateTime(DateTime.UnixEpoch) } } } } },
        { "ids", new BsonArray { ObjectId.GenerateNewId(), ObjectId.GenerateNewId() } },
        { "image", n % 2 == 0 ? new BsonDocument { { "id", "0123456789abcdef0123456789abcdef" }, { "contentType", "image/png" }, { "length", 123_456 } } : BsonNull.Value },
        { "pending", n % 3 == 0 ? new BsonDocument { { "attempts", 0 }, { "due", new BsonDateTime(DateTime.UtcNow) } } : BsonNull.Value },
        { "ratio", 0.25 + n },
        { "big", 9_007_199_254_740_000L + n },
        { "price", new BsonDecimal128(12.34m + n) },
        { "bytes", new BsonBinaryData([1, 2, 3, (byte)n]) },
    };

    /// <summary>What a client can see of a collection: its documents, some query results, its indexes.</summary>
    private sealed record Snapshot(List<BsonDocument> Documents, List<string> Queries, List<BsonDocument> Indexes)
    {
        public static async Task<Snapshot> TakeAsync(IMongoCollection<BsonDocument> things)
        {
            var filter = Builders<BsonDocument>.Filter;
            var newestFirst = Builders<BsonDocument>.Sort.Descending("createdAt").Descending("_id");
            var all = await things.Find(filter.Empty).Sort(Builders<BsonDocument>.Sort.Ascending("n")).ToListAsync();
            var queries = new List<string>
            {
                (await things.Find(filter.Eq("_id", all[2]["_id"])).ToListAsync()).ToJson(),
                (await things.Find(filter.Lt("createdAt", all[8]["createdAt"])).Sort(newestFirst).Limit(3).ToListAsync()).ToJson(),
                (await things.Find(filter.Eq("nested.level.tags", "changed")).ToListAsync()).ToJson(),
                (await things.Find(filter.In("ids", [all[4]["ids"][1]])).ToListAsync()).ToJson(),
                (await things.Find(filter.Exists("pending.due") & filter.Ne("pending", BsonNull.Value)).Sort(newestFirst).ToListAsync()).ToJson(),
                (await things.CountDocumentsAsync(filter.Gte("big", 9_007_199_254_740_006L))).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var indexes = await (await things.Indexes.ListAsync()).ToListAsync();
            return new Snapshot(all, queries, indexes.OrderBy(i => i["name"].AsString).ToList());
        }
    }
}
