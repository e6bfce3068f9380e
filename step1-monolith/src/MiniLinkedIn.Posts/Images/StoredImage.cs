namespace MiniLinkedIn.Posts.Images;

/// <summary>An image's bytes as they stream from storage, with their type and length. Disposing it releases the download.</summary>
internal sealed class StoredImage(Stream content, string contentType, long length, IDisposable download) : IDisposable
{
    public Stream Content { get; } = content;

    public string ContentType { get; } = contentType;

    public long Length { get; } = length;

    public void Dispose() => download.Dispose();
}
