using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.Users;

internal sealed class UsersOptions
{
    public const string Section = "Users";

    public const string DatabaseName = "users";

    /// <summary>PEM file with the RSA private key that signs tokens. Empty: a development key is generated.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>Where the generated development key is kept, so a restart does not log everybody out.</summary>
    [Required]
    public string DataFolder { get; set; } = ".data";

    [Range(1, 10_000)]
    public int LoginAttemptsPerMinutePerEmail { get; set; } = 10;

    [Range(1, 100_000)]
    public int LoginAttemptsPerMinutePerClient { get; set; } = 60;
}
