using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.ServiceDefaults.Persistence;

public sealed class MongoOptions
{
    public const string Section = "Mongo";

    [Required]
    public string ConnectionString { get; set; } = "mongodb://127.0.0.1:27017";
}
