using System.Diagnostics;

namespace MiniLinkedIn.BuildingBlocks.Storage;

/// <summary>
/// A span per S3 call, named and tagged as OpenTelemetry's AWS SDK conventions say (<c>S3.PutObject</c>):
/// the SDK's own telemetry is a no-op unless an adapter package is added, and none is served here.
/// The HTTP request underneath is traced by the HttpClient instrumentation.
/// </summary>
public static class S3Tracing
{
    private static readonly ActivitySource Source = new("MiniLinkedIn.Storage");

    private static Activity? StartCall(string operation, string bucket, string? key = null)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        KeyValuePair<string, object?>[] tags =
        [
            new("rpc.system", "aws-api"),
            new("rpc.service", "S3"),
            new("rpc.method", operation),
            new("aws.s3.bucket", bucket),
            new("aws.s3.key", key),
        ];
        return Source.StartActivity($"S3.{operation}", ActivityKind.Client, parentContext: default, tags);
    }

    /// <summary>Runs one S3 call inside its span; a failure marks the span.</summary>
    public static async Task<T> TraceAsync<T>(string operation, string bucket, string? key, Func<Task<T>> call)
    {
        using var activity = StartCall(operation, bucket, key);
        try
        {
            return await call();
        }
        catch (Exception ex) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.Message);
            activity.SetTag("error.type", ex.GetType().FullName);
            throw;
        }
    }
}
