using MiniLinkedIn.BuildingBlocks.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Posting;

internal sealed class Post : ITimeOrdered
{
    public ObjectId Id { get; init; }

    public required string AuthorId { get; init; }

    /// <summary>Copied from the author's token: emails never change, and the feed needs no join.</summary>
    public required string AuthorEmail { get; init; }

    public required string Text { get; init; }

    public PostImage? Image { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>
    /// The outbox: present until the Notifications module has accepted this post. Stored in the
    /// post's own document, so the post and its hand-over are written in one atomic insert.
    /// </summary>
    public PendingNotification? PendingNotification { get; init; }
}
