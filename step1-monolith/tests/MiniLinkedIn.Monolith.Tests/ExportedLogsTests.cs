using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>With an OTLP endpoint set, log records are exported with their trace, but not the per-request lines the request's span holds.</summary>
public sealed partial class ExportedLogsTests
{
    [Test]
    public async Task Exported_logs_carry_their_trace_and_leave_the_request_lines_to_the_span()
    {
        var exported = new ExportedLogs();
        using var factory = new MonolithFactory(
            // Nothing listens on the discard port: the OTLP exporters fail quietly; what matters is that logs go through OpenTelemetry.
            settings: new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" },
            services: services => services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddProcessor(exported)));
        var ada = await new Api(factory).NewSessionAsync("ada");
        (await ada.Client.GetAsync("/api/post")).EnsureSuccessStatusCode();

        var logger = factory.Services.GetRequiredService<ILogger<ExportedLogsTests>>();
        using var activity = new Activity("a unit of work").Start();
        WrittenInASpan(logger);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exported.Records, Has.Some.EqualTo((typeof(ExportedLogsTests).FullName, activity.TraceId)), "a log record is exported with its trace id");
            Assert.That(exported.Records.Select(r => r.Category), Has.None.EqualTo("Microsoft.AspNetCore.Hosting.Diagnostics"), "no 'Request starting/finished'");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Written in a span")]
    private static partial void WrittenInASpan(ILogger logger);

    /// <summary>Each record's category and trace id, kept as it passes (records are pooled: keep values, not records).</summary>
    private sealed class ExportedLogs : BaseProcessor<LogRecord>
    {
        private readonly ConcurrentQueue<(string? Category, ActivityTraceId TraceId)> records = new();

        public IReadOnlyList<(string? Category, ActivityTraceId TraceId)> Records => [.. records];

        public override void OnEnd(LogRecord data) => records.Enqueue((data.CategoryName, data.TraceId));
    }
}
