using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Testing;

/// <summary>The smallest valid files of each accepted type.</summary>
public static class TestImages
{
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    public static readonly byte[] WebP = Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /// <summary>A PNG signature followed by padding: one byte over the image size limit.</summary>
    public static byte[] OversizedPng()
    {
        var bytes = new byte[PostLimits.MaxImageBytes + 1];
        Png.CopyTo(bytes, 0);
        return bytes;
    }
}
