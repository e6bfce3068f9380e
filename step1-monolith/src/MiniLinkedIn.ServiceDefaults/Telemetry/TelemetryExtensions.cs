using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.ServiceDefaults.Health;
using MongoDB.Driver;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Quartz.Diagnostics;

namespace MiniLinkedIn.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Where every host sends its telemetry; unset, nothing is exported (the OpenTelemetry variable).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>The prefix of the project's own activity sources and meters (MiniLinkedIn.Posts, …).</summary>
    public const string ProjectSources = "MiniLinkedIn.*";

    /// <summary>
    /// Traces, metrics and logs over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. What to
    /// collect is configured always, but it only takes effect where a tracer or meter provider is
    /// created: without an endpoint none is, so no span or measurement is even recorded.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .SetSampler(new ParentBasedSampler(new RequestsAndJobsSampler()))
            .AddAspNetCoreInstrumentation(options => options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path))
            .AddHttpClientInstrumentation()
            // Native since MongoDB.Driver 3.7 and on by default in the client (TracingOptions.Disabled is
            // false): subscribing to its source is all it takes. No query text is recorded.
            .AddSource(MongoTelemetry.ActivitySourceName)
            .AddSource(QuartzInstrumentation.ActivitySourceName)
            .AddSource(ProjectSources));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(QuartzInstrumentation.MeterName)
            .AddMeter(ProjectSources));

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
                .WithTracing()
                .WithMetrics()
                // Log records carry the trace and span id of the activity they were written in.
                .WithLogging(configureBuilder: null, configureOptions: options =>
                {
                    options.IncludeFormattedMessage = true;
                    options.IncludeScopes = true;
                })
                .UseOtlpExporter();
            // "Request starting/finished" (two log records per request) only repeat the request's span:
            // they stay on the console; exporting them would double what every request costs to observe.
            builder.Logging.AddFilter<OpenTelemetryLoggerProvider>(HostingDiagnosticsCategory, LogLevel.Warning);
        }

        return builder;
    }
}
