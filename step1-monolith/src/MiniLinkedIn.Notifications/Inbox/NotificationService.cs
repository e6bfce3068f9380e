using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.BuildingBlocks.UseCases;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Inbox;

/// <summary>The Notifications module's use cases: take in new posts, list them per reader, mark them read.</summary>
internal sealed class NotificationService(NotificationStore store, IPostDirectory posts, TimeProvider time)
{
    public static readonly Rejection NoSuchNotification =
        new(RejectionKind.NotFound, "Notification not found", "You have no notification with this id.");

    private static readonly Rejection NoSuchPost = new(RejectionKind.NotFound, "Post not found", "No post has this id.");

    private static readonly Rejection NotYourPost = new(RejectionKind.Forbidden, "Not your post", "Only the author of a post can announce it.");

    /// <summary>One notification per post, however often its notice is delivered.</summary>
    /// <returns>Each notice's post's notification, and whether this call created it, in the order of the notices.</returns>
    public Task<IReadOnlyList<Announcement>> AcceptAsync(IReadOnlyList<NewPostNotice> notices, CancellationToken cancellationToken) =>
        store.AddOnceAsync(
            [.. notices.Select(notice => new Notification
            {
                Id = ObjectId.GenerateNewId(),
                PostId = notice.PostId,
                AuthorId = notice.AuthorId,
                AuthorEmail = notice.AuthorEmail,
                Preview = Notification.PreviewOf(notice.Text),
                CreatedAt = notice.CreatedAt,
            })],
            cancellationToken);

    /// <summary>Announces one of the author's own posts, asking the Posts module whether it is theirs.</summary>
    public async Task<Result<Announcement>> AnnounceAsync(CurrentUser author, string postId, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(postId, cancellationToken);
        if (post is null)
        {
            return NoSuchPost;
        }

        if (post.AuthorId != author.Id)
        {
            return NotYourPost;
        }

        var notice = new NewPostNotice(post.Id, post.AuthorId, post.AuthorEmail, post.Text, post.CreatedAt);
        return (await AcceptAsync([notice], cancellationToken))[0];
    }

    /// <summary>
    /// Where the reader's notifications stand: one look-up of a few small documents, which says
    /// whether a page the reader has seen is still the same (see <see cref="PageTag"/>).
    /// </summary>
    public Task<InboxState> InboxStateAsync(CurrentUser reader, CancellationToken cancellationToken) =>
        store.InboxStateAsync(reader.Id, cancellationToken);

    /// <summary>The entity tag of a page at this state: it changes whenever the page or the unread count may have.</summary>
    public static string PageTag(InboxState state, PageRequest page) => $"\"{state.Tag($"{page.Limit}:{page.After?.Encode()}")}\"";

    /// <summary>
    /// Notifications of other people's posts, newest first, with the reader's own read state, and
    /// the unread count: remembered for <paramref name="state"/>, or counted now and remembered.
    /// </summary>
    public async Task<NotificationPage> PageForReaderAsync(InboxState state, PageRequest page, CancellationToken cancellationToken)
    {
        var notifications = await store.PageForReaderAsync(state.ReaderId, page, cancellationToken);
        var read = await store.ReadByAsync(state.ReaderId, [.. notifications.Items.Select(n => n.Id)], cancellationToken);
        var unread = state.UnreadCount ?? await CountUnreadAsync(state, cancellationToken);
        return new NotificationPage(
            [.. notifications.Items.Select(n => new ReaderNotification(n, read.Contains(n.Id)))], unread, notifications.NextCursor);
    }

    private async Task<long> CountUnreadAsync(InboxState state, CancellationToken cancellationToken)
    {
        var unread = await store.CountUnreadAsync(state.ReaderId, cancellationToken);
        await store.RememberUnreadCountAsync(state, unread, cancellationToken);
        return unread;
    }

    /// <summary>Marks a notification read for this reader only; one of their own posts' is not theirs to read.</summary>
    public async Task<Result<Notification>> MarkReadAsync(CurrentUser reader, ObjectId id, CancellationToken cancellationToken)
    {
        var notification = await store.FindAsync(id, cancellationToken);
        if (notification is null || notification.AuthorId == reader.Id)
        {
            return NoSuchNotification;
        }

        var marked = await store.MarkReadAsync(notification, reader.Id, time.UtcNowMilliseconds(), cancellationToken);
        return marked ? notification : NoSuchNotification;
    }
}
