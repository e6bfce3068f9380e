using MiniLinkedIn.Posts.Images;

namespace MiniLinkedIn.UnitTests;

/// <summary>An image's type is decided by its leading bytes, never by its name or declared type.</summary>
public sealed class ImageFormatTests
{
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x37, 0x61 }, "image/gif")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    public void Recognises_each_accepted_type_by_its_signature(byte[] header, string contentType) =>
        Assert.That(ImageFormat.Detect(header), Is.EqualTo(contentType));

    [TestCase(new byte[] { })]
    [TestCase(new byte[] { 0xFF, 0xD8 })]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A })]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 })]
    [TestCase(new byte[] { 0x3C, 0x73, 0x76, 0x67, 0x3E })]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D })]
    public void Refuses_truncated_signatures_and_other_formats(byte[] header) =>
        Assert.That(ImageFormat.Detect(header), Is.Null);
}
