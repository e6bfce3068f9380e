using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Http;

namespace MiniLinkedIn.Posts.Api;

[ApiController]
[Tags("Posts")]
internal sealed class PostImagesController(PostService posts) : ControllerBase
{
    private const string Route = "/api/post/images/";

    public static string UrlOf(string imageId) => Route + imageId;

    /// <summary>The bytes of a post image.</summary>
    /// <remarks>
    /// Public, because an &lt;img&gt; sends no token; the id is unguessable. An image never changes,
    /// so it may be cached for a year. The path is a post's <c>imageUrl</c>. The answer carries the image's type as stored (decided by
    /// its bytes at upload), <c>ETag</c> and <c>Cache-Control: public, max-age=31536000, immutable</c>;
    /// with <c>If-None-Match</c> set to that ETag it is a 304 without a body.
    /// </remarks>
    /// <param name="imageId">The last segment of the post's <c>imageUrl</c>.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    /// <response code="200">The image's bytes.</response>
    /// <response code="304">The image the client has (its ETag) is still current: it is, always.</response>
    /// <response code="404">There is no image with this id.</response>
    [HttpGet(Route + "{imageId}", Name = "getPostImage")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/gif", "image/webp")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(string imageId, CancellationToken cancellationToken)
    {
        if (!PostIds.IsImageId(imageId))
        {
            return this.Reject(PostService.NoSuchImage);
        }

        // The id names immutable content, so it serves as the entity tag without asking S3.
        var etag = new EntityTagHeaderValue($"\"{imageId}\"");
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers.ETag = etag.ToString();
        if (Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var image = await posts.OpenImageAsync(imageId, cancellationToken);
        if (image is null)
        {
            Response.Headers.Remove(HeaderNames.CacheControl);
            Response.Headers.Remove(HeaderNames.ETag);
            return this.Reject(PostService.NoSuchImage);
        }

        HttpContext.Response.RegisterForDispose(image);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.ContentLength = image.Length;
        return File(image.Content, image.ContentType);
    }
}
