namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>RFC 9457 problem details: every member is optional; <c>errors</c> comes with validation problems.</summary>
public sealed record Problem(
    string? Type = null, string? Title = null, int? Status = null, string? Detail = null, IReadOnlyDictionary<string, string[]>? Errors = null);
