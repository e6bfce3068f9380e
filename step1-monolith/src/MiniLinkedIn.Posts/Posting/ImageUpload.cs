namespace MiniLinkedIn.Posts.Posting;

/// <summary>An uploaded image file, already read into memory (bounded by the request size limit).</summary>
internal sealed record ImageUpload(ReadOnlyMemory<byte> Bytes);
