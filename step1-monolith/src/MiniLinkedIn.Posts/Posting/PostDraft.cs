using MiniLinkedIn.Posts.Images;

namespace MiniLinkedIn.Posts.Posting;

/// <summary>What a user submitted, before it is checked and stored.</summary>
public sealed record PostDraft(string? Text, ImageUpload? Image)
{
    public const int MaxTextLength = 3000;

    public string NormalizedText => Text?.Trim() ?? "";
}

/// <summary>An uploaded image file, already read into memory (bounded by the request size limit).</summary>
public sealed record ImageUpload(ReadOnlyMemory<byte> Bytes);

/// <summary>Why a draft was not stored; maps to one problem response.</summary>
public sealed record PostRejection(int Status, string Title, string Detail, string? Field = null);
