using System.Diagnostics;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Posts.Outbox;

/// <summary>
/// The outbox carries the W3C trace context of the request that created the post, so its delivery
/// seconds later, in the background (and in step 2, the inbox's work in another service), is part
/// of that request's trace.
/// </summary>
internal static class OutboxTracing
{
    public static readonly ActivitySource Source = new("MiniLinkedIn.Posts");

    /// <summary>The <c>traceparent</c> of the current request, to store with the outbox entry.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>
    /// The span of one delivery. For one post it continues that post's trace; for a batch it starts
    /// a trace of its own and links to each post's (OpenTelemetry's convention for batches).
    /// </summary>
    public static Activity? StartDelivery(IReadOnlyList<Post> posts)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var origins = posts
            .Select(p => ActivityContext.TryParse(p.PendingNotification?.TraceParent, null, isRemote: true, out var origin) ? origin : default)
            .Where(origin => origin != default)
            .ToList();
        var parent = posts.Count == 1 && origins.Count == 1 ? origins[0] : default;
        var links = parent == default ? origins.Select(origin => new ActivityLink(origin)) : null;
        KeyValuePair<string, object?>[] tags =
        [
            new("messaging.operation.type", "send"),
            new("messaging.destination.name", "notifications"),
            new("messaging.batch.message_count", posts.Count),
        ];
        return Source.StartActivity("send notifications", ActivityKind.Producer, parent, tags, links);
    }
}
