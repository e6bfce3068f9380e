using System.Collections;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Testing.ApiModels;
using OpenTelemetry.Trace;

namespace MiniLinkedIn.Testing;

/// <summary>
/// The spans a host records with tracing on, through OpenTelemetry's in-memory exporter. Activity
/// sources are process-wide, so spans of other hosts in this process come in too: look them up by
/// trace id (<see cref="CreateTracedPostAsync"/> starts a trace of its own).
/// </summary>
public sealed class SpanCollection : ICollection<Activity>
{
    private readonly List<Activity> spans = [];

    public int Count
    {
        get { lock (spans) { return spans.Count; } }
    }

    public bool IsReadOnly => false;

    /// <summary>Turns tracing on in a host, as an OTLP endpoint would, with this collection as its exporter.</summary>
    public void AddTo(IServiceCollection services) =>
        services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(this));

    /// <summary>Creates a post in a trace whose id the test picked, sent as the client's <c>traceparent</c>.</summary>
    public static async Task<(Post Post, ActivityTraceId TraceId)> CreateTracedPostAsync(Session author, string text)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/post") { Content = form };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var post = await Api.ReadAsync<Post>(await author.Client.SendAsync(request), HttpStatusCode.Created);
        return (post, traceId);
    }

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId)
    {
        lock (spans)
        {
            // Every host with tracing on exports what it saw, so a span may come in more than once.
            return [.. spans.Where(s => s.TraceId == traceId).DistinctBy(s => s.SpanId)];
        }
    }

    /// <summary>Waits until the trace holds a span that <paramref name="match"/> accepts.</summary>
    public Task<Activity> EventuallyAsync(ActivityTraceId traceId, Func<Activity, bool> match, string what) =>
        Eventually.GetAsync(() => Task.FromResult(InTrace(traceId).FirstOrDefault(match)), what);

    public void Add(Activity item)
    {
        lock (spans)
        {
            spans.Add(item);
        }
    }

    public void Clear()
    {
        lock (spans)
        {
            spans.Clear();
        }
    }

    public bool Contains(Activity item)
    {
        lock (spans)
        {
            return spans.Contains(item);
        }
    }

    public void CopyTo(Activity[] array, int arrayIndex)
    {
        lock (spans)
        {
            spans.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(Activity item)
    {
        lock (spans)
        {
            return spans.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator()
    {
        lock (spans)
        {
            return spans.ToList().GetEnumerator();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
