using System.Security.Cryptography;
using System.Text;

namespace MiniLinkedIn.Posts.Posting;

/// <summary>What a user submitted, before it is checked and stored.</summary>
internal sealed record PostDraft(string? Text, ImageUpload? Image)
{
    public string NormalizedText => Text?.Trim() ?? "";

    /// <summary>What makes two submissions the same request: the text as stored and the image's bytes.</summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = Encoding.UTF8.GetBytes(NormalizedText);
        hash.AppendData(BitConverter.GetBytes(text.Length));
        hash.AppendData(text);
        if (Image is { } image)
        {
            hash.AppendData(image.Bytes.Span);
        }

        return Convert.ToBase64String(hash.GetHashAndReset());
    }
}
