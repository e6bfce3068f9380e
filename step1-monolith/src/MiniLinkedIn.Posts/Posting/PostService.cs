using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.BuildingBlocks.UseCases;
using MiniLinkedIn.Posts.Images;
using MiniLinkedIn.Posts.Outbox;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Posting;

/// <summary>The Posts module's use cases: publish a post, read the feed, one post, and an image.</summary>
internal sealed partial class PostService(
    PostStore posts, ImageStore images, OutboxSignal outbox, TimeProvider time, ILogger<PostService> logger)
{
    public static readonly Rejection NoSuchPost = new(RejectionKind.NotFound, "Post not found", "No post has this id.");

    public static readonly Rejection NoSuchImage = new(RejectionKind.NotFound, "Image not found", "There is no image with this id.");

    /// <summary>
    /// Stores the image first, then the post with its outbox entry in one insert. If the image
    /// cannot be stored there is no post; if the post cannot be stored the image is removed again.
    /// </summary>
    /// <exception cref="DependencyUnavailableException">The image storage cannot be reached; nothing was stored.</exception>
    public async Task<Result<Post>> CreateAsync(CurrentUser author, PostDraft draft, CancellationToken cancellationToken)
    {
        var text = draft.NormalizedText;
        var contentType = draft.Image is { } submitted ? ImageFormat.Detect(submitted.Bytes.Span) : null;
        if (Check(draft, text, contentType) is { } rejection)
        {
            return rejection;
        }

        PostImage? image = null;
        if (draft.Image is { } upload)
        {
            image = new PostImage(ImageStore.NewId(), contentType!, upload.Bytes.Length);
            try
            {
                await images.PutAsync(image.Id, upload.Bytes, image.ContentType, cancellationToken);
            }
            catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException)
            {
                LogImageStoreFailed(logger, ex);
                throw new DependencyUnavailableException("image storage", ex);
            }
        }

        var now = time.UtcNowMilliseconds();
        var post = new Post
        {
            Id = ObjectId.GenerateNewId(),
            AuthorId = author.Id,
            AuthorEmail = author.Email,
            Text = text,
            Image = image,
            CreatedAt = now,
            PendingNotification = new PendingNotification(0, now, null),
        };
        try
        {
            await posts.InsertAsync(post, cancellationToken);
        }
        catch when (image is not null)
        {
            await images.DeleteAsync(image.Id, CancellationToken.None);
            throw;
        }

        outbox.Notify();
        return post;
    }

    public Task<Post?> FindAsync(ObjectId id, CancellationToken cancellationToken) => posts.FindAsync(id, cancellationToken);

    /// <summary>Everybody's posts but the reader's own, newest first.</summary>
    public Task<Page<Post>> FeedAsync(CurrentUser reader, PageRequest page, CancellationToken cancellationToken) =>
        posts.FeedAsync(reader.Id, page, cancellationToken);

    /// <returns>The stored image, or null when there is none with this id. The caller disposes it.</returns>
    public Task<StoredImage?> OpenImageAsync(string imageId, CancellationToken cancellationToken) =>
        images.OpenAsync(imageId, cancellationToken);

    private static Rejection? Check(PostDraft draft, string text, string? contentType)
    {
        if (text.Length == 0 && draft.Image is null)
        {
            return Rejection.Invalid("Empty post", "text", "Write some text or add an image.");
        }

        if (text.Length > PostLimits.MaxTextLength)
        {
            return Rejection.Invalid("Text too long", "text", PostLimits.TextTooLong);
        }

        if (draft.Image is not { } upload)
        {
            return null;
        }

        if (upload.Bytes.Length > PostLimits.MaxImageBytes)
        {
            return new Rejection(RejectionKind.TooLarge, "Image too large", PostLimits.ImageTooLarge);
        }

        return contentType is null
            ? new Rejection(RejectionKind.UnsupportedType, "Unsupported image", "The image must be a JPEG, PNG, GIF or WebP file.")
            : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a post image failed; the post was not created.")]
    private static partial void LogImageStoreFailed(ILogger logger, Exception exception);
}
