using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace MiniLinkedIn.ServiceDefaults.Logging;

public static class ConsoleLogs
{
    public const string FormatKey = "Logging:Format";

    /// <summary>
    /// One line per log entry, with the request's scopes (trace id, request path) on it: JSON for
    /// machines (the default, as in containers), or readable text with <c>Logging:Format=text</c> (run.sh).
    /// </summary>
    public static WebApplicationBuilder AddConsoleLogs(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration[FormatKey], "text", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "HH:mm:ss.fff ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        return builder;
    }
}
