using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.BuildingBlocks.Storage;

/// <summary>An S3-compatible endpoint (MinIO in compose, radosgw as the local stand-in).</summary>
public sealed class S3Options
{
    public const string Section = "S3";

    [Required, Url]
    public string ServiceUrl { get; set; } = "http://127.0.0.1:9000";

    [Required]
    public string AccessKey { get; set; } = "";

    [Required]
    public string SecretKey { get; set; } = "";

    public string Region { get; set; } = "us-east-1";
}
