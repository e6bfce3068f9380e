using System.Diagnostics;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>With tracing on, one click is one trace: the request, the outbox delivery after it and the inbox's write.</summary>
public sealed class TracingTests
{
    [Test]
    public async Task Creating_a_post_is_one_trace_from_the_request_to_the_inbox_write()
    {
        var spans = new SpanCollection();
        using var factory = new MonolithFactory(services: spans.AddTo);
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");

        var (post, traceId) = await SpanCollection.CreateTracedPostAsync(ada, "traced from the click to the notification");
        await Api.NotificationOfAsync(bob, post.Id);

        var request = await spans.EventuallyAsync(traceId, s => s.Kind == ActivityKind.Server, "the request's span");
        var delivery = await spans.EventuallyAsync(traceId, s => s.DisplayName == "send notifications", "the outbox delivery's span");
        var inboxWrite = await spans.EventuallyAsync(
            traceId, s => s.Source.Name == "MongoDB.Driver" && Equals(s.GetTagItem("db.collection.name"), "notifications"), "the inbox's write");
        var trace = spans.InTrace(traceId);
        var described = string.Join("\n", trace.Select(s => $"{s.Source.Name} {s.DisplayName} {s.SpanId} <- {s.ParentSpanId}"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.GetTagItem("url.path"), Is.EqualTo("/api/post"), described);
            Assert.That(delivery.ParentSpanId, Is.EqualTo(request.SpanId), "the delivery continues the request's trace\n" + described);
            Assert.That(AncestorsOf(inboxWrite, trace), Does.Contain(delivery.SpanId), "the inbox writes within the delivery\n" + described);
            Assert.That(delivery.GetTagItem("messaging.batch.message_count"), Is.EqualTo(1));
        }
    }

    private static List<ActivitySpanId> AncestorsOf(Activity span, IReadOnlyList<Activity> trace)
    {
        var ancestors = new List<ActivitySpanId>();
        for (var parent = span.ParentSpanId; trace.FirstOrDefault(s => s.SpanId == parent) is { } next; parent = next.ParentSpanId)
        {
            ancestors.Add(next.SpanId);
        }

        return ancestors;
    }
}
