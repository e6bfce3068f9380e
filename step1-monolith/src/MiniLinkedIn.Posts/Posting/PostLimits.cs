namespace MiniLinkedIn.Posts.Posting;

/// <summary>The limits of a post, stated once for the service, the API, its document and the tests.</summary>
internal static class PostLimits
{
    public const int MaxTextLength = 3000;

    public const int MaxImageMegabytes = 5;

    public const long MaxImageBytes = MaxImageMegabytes * 1024L * 1024L;

    /// <summary>Room for the largest image plus the text and the multipart framing; larger bodies are cut off early.</summary>
    public const long MaxRequestBytes = MaxImageBytes + (1024L * 1024L);

    public static readonly string TextTooLong = $"A post has at most {MaxTextLength} characters.";

    public static readonly string ImageTooLarge = $"An image has at most {MaxImageMegabytes} MB.";
}
