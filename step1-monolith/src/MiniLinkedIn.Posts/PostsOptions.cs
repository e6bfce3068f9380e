using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.Posts;

internal sealed class PostsOptions
{
    public const string Section = "Posts";

    public const string DatabaseName = "posts";

    /// <summary>The S3 bucket that holds post images; created at start-up when missing.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    public string ImagesBucket { get; set; } = "post-images";

    /// <summary>How often the outbox is checked when nothing signalled new work.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many posts' notifications one inbox call hands over at most.</summary>
    [Range(1, 1000)]
    public int OutboxBatchSize { get; set; } = 100;

    /// <summary>Upper bound of the growing wait between two failed deliveries of one notification.</summary>
    public TimeSpan OutboxMaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}
