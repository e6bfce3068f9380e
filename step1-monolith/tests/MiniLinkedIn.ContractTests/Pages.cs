using System.Net;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>Reads the paged lists page by page through <c>nextCursor</c>, checking each page on the way.</summary>
public static class Pages
{
    private const int MaxPages = 200;

    /// <summary>Feed items, newest first, until <paramref name="enough"/> holds for what was read or the feed ends.</summary>
    public static async Task<List<Post>> ReadFeedAsync(ApiClient api, Session reader, int limit, Func<IReadOnlyList<Post>, bool> enough)
    {
        var items = new List<Post>();
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await api.GetFeedAsync(reader.Token, limit, cursor);
            var body = response.Expect<PostPage>(HttpStatusCode.OK);
            Assert.That(body.Items, Has.Count.LessThanOrEqualTo(limit), $"page size of {response}");
            items.AddRange(body.Items);
            cursor = body.NextCursor;
            if (enough(items) || cursor is null)
            {
                return items;
            }
        }

        return items;
    }

    /// <summary>
    /// Notifications, newest first, until <paramref name="enough"/> holds or the list ends; also the
    /// unread count of the first page.
    /// </summary>
    public static async Task<NotificationsSeen> ReadNotificationsAsync(
        ApiClient api, Session reader, Func<IReadOnlyList<Notification>, bool> enough, int limit = 50)
    {
        var items = new List<Notification>();
        long? unread = null;
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await api.GetNotificationsAsync(reader.Token, limit, cursor);
            var body = response.Expect<NotificationPage>(HttpStatusCode.OK);
            Assert.That(body.Items, Has.Count.LessThanOrEqualTo(limit), $"page size of {response}");
            unread ??= body.UnreadCount;
            items.AddRange(body.Items);
            cursor = body.NextCursor;
            if (enough(items) || cursor is null)
            {
                break;
            }
        }

        return new NotificationsSeen(items, unread ?? 0);
    }
}
