using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiniLinkedIn.BuildingBlocks.Configuration;
using MiniLinkedIn.BuildingBlocks.Health;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Driver;

namespace MiniLinkedIn.BuildingBlocks.Persistence;

public static class MongoExtensions
{
    /// <summary>One <see cref="IMongoClient"/> per host; each module opens its own database on it.</summary>
    public static IServiceCollection AddMongo(this IServiceCollection services)
    {
        ConventionRegistry.Register(
            "mini-linkedin",
            new ConventionPack { new CamelCaseElementNameConvention(), new IgnoreExtraElementsConvention(true) },
            _ => true);

        services.AddValidatedOptions<MongoOptions>(MongoOptions.Section);
        services.AddSingleton<IMongoClient>(sp => new MongoClient(sp.GetRequiredService<IOptions<MongoOptions>>().Value.ConnectionString));
        services.AddSingleton<MongoDatabases>();
        services.AddHealthChecks().AddCheck<MongoHealthCheck>("mongodb", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(3));
        return services;
    }
}
