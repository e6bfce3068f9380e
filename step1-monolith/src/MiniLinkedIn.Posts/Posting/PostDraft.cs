namespace MiniLinkedIn.Posts.Posting;

/// <summary>What a user submitted, before it is checked and stored.</summary>
internal sealed record PostDraft(string? Text, ImageUpload? Image)
{
    public string NormalizedText => Text?.Trim() ?? "";
}
