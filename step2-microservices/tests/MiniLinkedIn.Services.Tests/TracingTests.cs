using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.NotificationService;
using MiniLinkedIn.PostService;
using MiniLinkedIn.Services.Tests.Infrastructure;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Services.Tests;

/// <summary>
/// The same click as in the monolith's tracing test, across two services: the post service's
/// request and delivery and the notification service's inbox request are one trace.
/// </summary>
public sealed class TracingTests
{
    [Test]
    public async Task Creating_a_post_is_one_trace_across_the_post_and_notification_services()
    {
        var spans = new SpanCollection();
        using var notification = new ServiceFactory<NotificationServiceEntryPoint>(
            new Dictionary<string, Func<HttpMessageHandler>> { [PeerClients.Jwks] = () => StepTwo.User.Server.CreateHandler() },
            services: spans.AddTo);
        using var post = new ServiceFactory<PostServiceEntryPoint>(
            new Dictionary<string, Func<HttpMessageHandler>>
            {
                [PeerClients.Jwks] = () => StepTwo.User.Server.CreateHandler(),
                [PeerClients.NotificationInbox] = () => new TraceContextHandler(notification.Server.CreateHandler()),
            },
            services: spans.AddTo);
        using var lags = new DeliveryLagListener(post.Services.GetRequiredService<IMeterFactory>());
        var ada = await StepTwo.SessionAtAsync(post, "ada");
        var bob = await StepTwo.SessionAtAsync(notification, "bob");

        var (created, traceId) = await SpanCollection.CreateTracedPostAsync(ada, "traced across two services");
        await Api.NotificationOfAsync(bob, created.Id);

        var request = await spans.EventuallyAsync(traceId, s => IsServerSpanOf(s, "/api/post"), "the post service's request span");
        var delivery = await spans.EventuallyAsync(traceId, s => s.DisplayName == "send notifications", "the outbox delivery's span");
        var inbox = await spans.EventuallyAsync(traceId, s => IsServerSpanOf(s, "/internal/notifications/inbox"), "the notification service's inbox request");
        var described = string.Join("\n", spans.InTrace(traceId).Select(s => $"{s.Source.Name} {s.DisplayName} {s.SpanId} <- {s.ParentSpanId}"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(delivery.ParentSpanId, Is.EqualTo(request.SpanId), "the delivery continues the request's trace\n" + described);
            Assert.That(inbox.ParentSpanId, Is.EqualTo(delivery.SpanId), "the inbox request is a child of the delivery\n" + described);
            Assert.That(lags.Seconds, Has.Some.GreaterThan(0), "the delivery lag was measured");
        }
    }

    private static bool IsServerSpanOf(Activity span, string path) =>
        span.Kind == ActivityKind.Server && Equals(span.GetTagItem("url.path"), path);

    /// <summary>The post service's delivery-lag histogram, as any metrics reader sees it.</summary>
    private sealed class DeliveryLagListener : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly List<double> seconds = [];

        public DeliveryLagListener(IMeterFactory meters)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "minilinkedin.outbox.delivery.lag")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
            {
                lock (seconds)
                {
                    seconds.Add(value);
                }
            });
            listener.Start();
        }

        public IReadOnlyList<double> Seconds
        {
            get { lock (seconds) { return [.. seconds]; } }
        }

        public void Dispose() => listener.Dispose();
    }
}
