namespace MiniLinkedIn.Posts.Images;

/// <summary>Recognises the accepted image types by their leading bytes, whatever the client claimed.</summary>
internal static class ImageFormat
{
    private static readonly (string ContentType, byte?[] Signature)[] Signatures =
    [
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/gif", [0x47, 0x49, 0x46, 0x38, null, 0x61]), // GIF87a / GIF89a
        ("image/webp", [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]), // RIFF....WEBP
    ];

    /// <returns>The content type, or null when the bytes are none of JPEG, PNG, GIF or WebP.</returns>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (contentType, signature) in Signatures)
        {
            if (header.Length >= signature.Length && Matches(header, signature))
            {
                return contentType;
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<byte> header, byte?[] signature)
    {
        for (var i = 0; i < signature.Length; i++)
        {
            if (signature[i] is { } expected && header[i] != expected)
            {
                return false;
            }
        }

        return true;
    }
}
