using System.Net;
using System.Net.Http.Json;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.FaultTests;

/// <summary>One request keeps one W3C trace id across the gateway and every service it touches.</summary>
public sealed class TraceTests
{
    [Test]
    public async Task A_problem_s_trace_id_finds_the_request_in_the_gateway_log_and_in_every_service_it_touched()
    {
        var system = RunningSystem.FromEnvironment();
        var author = await new Api(system).NewSessionAsync("tracer");

        // The notification service asks the post service about the post: two services, one request.
        var response = await author.Client.PostAsJsonAsync("/api/notification", new { postId = "6b0c1719bd1e90f4e171af55" });
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var traceId = body!["traceId"].ToString()!;
        Assert.That(traceId, Does.Match("^[0-9a-f]{32}$"));

        foreach (var log in new[] { "gateway/access.log", "logs/notification-*.log", "logs/post-*.log" })
        {
            await Eventually.GetAsync(() => Task.FromResult(system.LogLinesContaining(log, traceId).FirstOrDefault()), $"{traceId} in {log}");
        }
    }
}
