using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace MiniLinkedIn.BuildingBlocks.Persistence;

/// <summary>Opens a module's own database by its name (users, posts, notifications) on the host's client.</summary>
public sealed class MongoDatabases(IMongoClient client, IOptions<MongoOptions> options)
{
    public IMongoDatabase Get(string name) => client.GetDatabase(options.Value.DatabasePrefix + name);
}
