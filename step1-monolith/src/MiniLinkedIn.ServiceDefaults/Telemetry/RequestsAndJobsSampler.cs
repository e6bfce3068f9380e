using System.Diagnostics;
using OpenTelemetry.Trace;

namespace MiniLinkedIn.ServiceDefaults.Telemetry;

/// <summary>
/// Decides for spans without a parent: a request, a job or a delivery starts a trace; an outgoing
/// call with nothing around it does not. Those are the outbox's idle polls every few seconds and
/// start-up checks, which would bury the traces worth reading.
/// </summary>
internal sealed class RequestsAndJobsSampler : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        new(samplingParameters.Kind == ActivityKind.Client ? SamplingDecision.Drop : SamplingDecision.RecordAndSample);
}
