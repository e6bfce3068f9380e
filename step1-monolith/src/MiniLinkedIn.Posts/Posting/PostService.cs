using Amazon.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MiniLinkedIn.Posts.Images;
using MiniLinkedIn.Posts.Outbox;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Posting;

public sealed partial class PostService(
    PostStore posts, ImageStore images, OutboxSignal outbox, TimeProvider time, ILogger<PostService> logger)
{
    /// <summary>
    /// Stores the image first, then the post with its outbox entry in one insert. If the image
    /// cannot be stored there is no post; if the post cannot be stored the image is removed again.
    /// </summary>
    public async Task<(Post? Post, PostRejection? Rejection)> CreateAsync(CurrentUser author, PostDraft draft, CancellationToken cancellationToken)
    {
        var text = draft.NormalizedText;
        var contentType = draft.Image is { } submitted ? ImageFormat.Detect(submitted.Bytes.Span) : null;
        if (Check(draft, text, contentType) is { } rejection)
        {
            return (null, rejection);
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
                return (null, new PostRejection(StatusCodes.Status503ServiceUnavailable, "Image storage unavailable", "The image could not be stored, so no post was created. Try again."));
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
        return (post, null);
    }

    public async Task<Post?> FindAsync(string id, CancellationToken cancellationToken) =>
        ObjectId.TryParse(id, out var objectId) ? await posts.FindAsync(objectId, cancellationToken) : null;

    public Task<Page<Post>> FeedAsync(CurrentUser reader, PageRequest page, CancellationToken cancellationToken) =>
        posts.FeedAsync(reader.Id, page, cancellationToken);

    private static PostRejection? Check(PostDraft draft, string text, string? contentType)
    {
        if (text.Length == 0 && draft.Image is null)
        {
            return new PostRejection(StatusCodes.Status400BadRequest, "Empty post", "Write some text or add an image.", "text");
        }

        if (text.Length > PostDraft.MaxTextLength)
        {
            return new PostRejection(StatusCodes.Status400BadRequest, "Text too long", $"A post has at most {PostDraft.MaxTextLength} characters.", "text");
        }

        if (draft.Image is not { } upload)
        {
            return null;
        }

        if (upload.Bytes.Length > ImageFormat.MaxBytes)
        {
            return new PostRejection(StatusCodes.Status413PayloadTooLarge, "Image too large", "An image has at most 5 MB.", "image");
        }

        return contentType is null
            ? new PostRejection(StatusCodes.Status415UnsupportedMediaType, "Unsupported image", "The image must be a JPEG, PNG, GIF or WebP file.", "image")
            : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a post image failed; the post was not created.")]
    private static partial void LogImageStoreFailed(ILogger logger, Exception exception);
}
