using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>What one reader saw of the notification list.</summary>
public sealed record NotificationsSeen(IReadOnlyList<Notification> Items, long UnreadCount)
{
    public Notification? Of(string postId) => Items.FirstOrDefault(n => n.PostId == postId);

    public bool Has(params string[] postIds) => postIds.All(id => Of(id) is not null);

    public override string ToString() =>
        $"unreadCount {UnreadCount}, {Items.Count} items: [{string.Join(", ", Items.Take(10).Select(n => $"{n.PostId} by {n.Author.Email} read={n.Read}"))}{(Items.Count > 10 ? ", …" : "")}]";
}
