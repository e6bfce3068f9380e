using System.Text.RegularExpressions;

namespace MiniLinkedIn.Testing.HostileInput;

/// <summary>What an error body must not contain. Plain BCL code: the black-box contract suite links this file too.</summary>
public static partial class LeakCheck
{
    private static readonly string[] QuotableInput = [MalformedMultipart.Canary, HostileRequests.UnknownId, HostileRequests.TooLargeNumber];

    /// <returns>What the body gives away, or null when it gives away nothing.</returns>
    public static string? FindLeak(string body)
    {
        if (QuotableInput.FirstOrDefault(input => body.Contains(input, StringComparison.OrdinalIgnoreCase)) is { } quoted)
        {
            return $"it quotes the request: '{quoted}'";
        }

        var typeName = DotNetTypeName().Match(body);
        return typeName.Success ? $"it names .NET internals: '{typeName.Value}'" : null;
    }

    // Namespaces of the app and its libraries, exception names, and the System.Text.Json
    // error format ("Path: $.x | LineNumber: 0 | BytePositionInLine: 3").
    [GeneratedRegex(@"\b(System|Microsoft|MiniLinkedIn|MongoDB|Amazon|Quartz)\.[A-Z]\w*|\b\w*Exception\b|LineNumber:|BytePositionInLine")]
    private static partial Regex DotNetTypeName();
}
