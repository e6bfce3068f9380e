using System.Net;
using System.Net.Http.Headers;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class ImagesTests
{
    private static Api Api => TestApp.Api;

    private static IEnumerable<TestCaseData> AcceptedImages()
    {
        yield return new TestCaseData(TestImages.Png, "image/png").SetArgDisplayNames("png");
        yield return new TestCaseData(TestImages.Jpeg, "image/jpeg").SetArgDisplayNames("jpeg");
        yield return new TestCaseData(TestImages.Gif, "image/gif").SetArgDisplayNames("gif");
        yield return new TestCaseData(TestImages.WebP, "image/webp").SetArgDisplayNames("webp");
    }

    [TestCaseSource(nameof(AcceptedImages))]
    public async Task Image_is_served_back_byte_for_byte_with_its_detected_type(byte[] image, string contentType)
    {
        var ada = await Api.NewSessionAsync();
        var post = await Api.PostImageAsync(ada, "with a picture", image, fileName: "named-wrongly.bin");

        Assert.That(post.ImageUrl, Does.Match("^/api/post/images/[0-9a-f]{32}$"));
        var response = await Api.Anonymous().GetAsync(post.ImageUrl);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(image));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable").And.Contain("max-age=31536000"));
    }

    [Test]
    public async Task Matching_If_None_Match_is_304()
    {
        var ada = await Api.NewSessionAsync();
        var post = await Api.PostImageAsync(ada, "etag", TestImages.Png);
        var client = Api.Anonymous();
        var first = await client.GetAsync(post.ImageUrl);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, post.ImageUrl);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(conditional);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [TestCase("/api/post/images/0123456789abcdef0123456789abcdef")]
    [TestCase("/api/post/images/not-an-image-id")]
    public async Task Unknown_image_is_404(string url) =>
        await Api.ProblemAsync(await Api.Anonymous().GetAsync(url), HttpStatusCode.NotFound);

    [Test]
    public async Task Image_urls_are_unguessable_and_distinct()
    {
        var ada = await Api.NewSessionAsync();
        var first = await Api.PostImageAsync(ada, "one", TestImages.Png);
        var second = await Api.PostImageAsync(ada, "two", TestImages.Png);

        Assert.That(first.ImageUrl, Is.Not.EqualTo(second.ImageUrl));
        Assert.That(first.ImageUrl, Does.Not.Contain(first.Id));
    }

    [Test]
    public async Task Declared_content_type_is_ignored_in_favour_of_the_bytes()
    {
        var ada = await Api.NewSessionAsync();
        var gifClaimingJpeg = new ByteArrayContent(TestImages.Gif);
        gifClaimingJpeg.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var form = new MultipartFormDataContent { { gifClaimingJpeg, "image", "photo.jpg" } };
        var post = await Api.ReadAsync<Post>(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.Created);

        var response = await Api.Anonymous().GetAsync(post.ImageUrl);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/gif"));
    }
}
