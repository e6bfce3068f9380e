using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.ServiceCalls;

/// <summary>The credential services show each other on <c>/internal/*</c>.</summary>
public sealed class InternalApiOptions
{
    public const string Section = "InternalApi";

    public const string HeaderName = "X-Internal-Api-Key";

    public const int MinKeyLength = 16;

    [Required]
    [MinLength(MinKeyLength)]
    public string Key { get; set; } = "";
}
