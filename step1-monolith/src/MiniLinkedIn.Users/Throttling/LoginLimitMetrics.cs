using System.Diagnostics.Metrics;

namespace MiniLinkedIn.Users.Throttling;

/// <summary>Login attempts refused by a limit, tagged with the limit: the email's when both are exhausted.</summary>
internal sealed class LoginLimitMetrics(IMeterFactory meters)
{
    public const string PerEmail = "email";
    public const string PerClient = "client";

    private readonly Counter<long> refused = meters.Create("MiniLinkedIn.Users").CreateCounter<long>(
        "minilinkedin.login.refused.attempts", "{attempt}", "Login attempts refused by a login limit (429).");

    public void RecordRefusal(string limit) =>
        refused.Add(1, new KeyValuePair<string, object?>("minilinkedin.login.limit", limit));
}
