using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.BuildingBlocks.Persistence;

public sealed class MongoOptions
{
    public const string Section = "Mongo";

    [Required]
    public string ConnectionString { get; set; } = "mongodb://127.0.0.1:27017";

    /// <summary>Put before every database name, so that several deployments (or test runs) can share one server.</summary>
    [RegularExpression("^[A-Za-z0-9_-]*$")]
    public string DatabasePrefix { get; set; } = "";
}
