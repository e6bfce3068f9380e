using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Http;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Api;

[ApiController]
[Authorize]
[Route("api/post")]
[Tags("Posts")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
internal sealed class PostsController(PostService posts) : ControllerBase
{
    /// <summary>The latest posts of everybody except the caller, newest first.</summary>
    /// <remarks>
    /// One page at a time: pass the <c>nextCursor</c> of a page as <c>cursor</c> to get the next one.
    /// The caller's own posts are never in it; read one with <c>getPost</c>.
    /// </remarks>
    /// <response code="200">A page of posts; <c>nextCursor</c> is null on the last page.</response>
    /// <response code="400">The limit is below 1, or the cursor is not one this API returned.</response>
    [HttpGet(Name = "getFeed")]
    [ProducesResponseType<PostPageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PostPageResponse> Feed([FromQuery] PageQuery query, CancellationToken cancellationToken) =>
        PostPageResponse.From(await posts.FeedAsync(CurrentUser.From(User), query.ToRequest(), cancellationToken));

    /// <summary>One post, the caller's own included.</summary>
    /// <remarks>For example the post a notification is about (its <c>postId</c>).</remarks>
    /// <param name="id">The post id: 24 hexadecimal characters.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    /// <response code="200">The post.</response>
    /// <response code="404">There is no post with this id (an id that is not 24 hexadecimal characters names none).</response>
    [HttpGet("{id}", Name = "getPost")]
    [ProducesResponseType<PostResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(string id, CancellationToken cancellationToken) =>
        PostIds.TryParsePostId(id, out var postId) && await posts.FindAsync(postId, cancellationToken) is { } post
            ? Ok(PostResponse.From(post))
            : this.Reject(PostService.NoSuchPost);

    /// <summary>Publishes a post with text and an optional JPEG, PNG, GIF or WebP image of at most {MaxImageMegabytes} MB.</summary>
    /// <remarks>
    /// A text-only post may also be sent as <c>application/json</c>: <c>{ "text": "..." }</c>.
    /// The image type is decided by the file's bytes, not by its name or declared type.
    /// The new post is announced to everybody else as a notification shortly after.
    /// </remarks>
    /// <param name="text">The post's text: 1 to {MaxPostTextLength} characters.</param>
    /// <param name="image">An optional image: JPEG, PNG, GIF or WebP, at most {MaxImageMegabytes} MB.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    /// <response code="201">The post, as published; <c>Location</c> is its path.</response>
    /// <response code="400">The text is missing, empty or longer than {MaxPostTextLength} characters, or the form is malformed (a broken body, two images, two texts).</response>
    /// <response code="413">The image (or the whole body) is larger than {MaxImageMegabytes} MB.</response>
    /// <response code="415">The image is not a JPEG, PNG, GIF or WebP image by its bytes, or the body is neither a form nor JSON.</response>
    /// <response code="503">The image storage cannot be reached; nothing was stored.</response>
    [HttpPost(Name = "createPost")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(PostLimits.MaxRequestBytes)]
    [ReadPostForm]
    [ProducesResponseType<PostResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Create([FromForm] string? text, IFormFile? image, CancellationToken cancellationToken)
    {
        if (PostFormShape.Check(Request.Form) is { } malformed)
        {
            return this.Reject(malformed);
        }

        ImageUpload? upload = null;
        if (image is not null)
        {
            using var buffer = new MemoryStream((int)image.Length);
            await image.CopyToAsync(buffer, cancellationToken);
            upload = new ImageUpload(buffer.ToArray());
        }

        return await CreateAsync(new PostDraft(text, upload), cancellationToken);
    }

    /// <summary>Publishes a text-only post from a JSON body.</summary>
    /// <remarks>
    /// Hidden from the API explorer: OpenAPI allows one operation per method and path. The document
    /// shows this JSON body next to the multipart one of <c>createPost</c> (ServiceDefaults'
    /// JsonAlternativeBodyFilter).
    /// </remarks>
    [HttpPost]
    [ApiExplorerSettings(IgnoreApi = true)]
    [ProducesResponseType<PostResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<IActionResult> CreateText(TextPostRequest request, CancellationToken cancellationToken) =>
        CreateAsync(new PostDraft(request.Text, null), cancellationToken);

    /// <summary>
    /// The path of a post, for the Location of a 201. Relative on purpose: an absolute URL would be
    /// built from the request's Host header, which the client chooses.
    /// </summary>
    public static string UrlOf(ObjectId id) => "/api/post/" + id;

    private async Task<IActionResult> CreateAsync(PostDraft draft, CancellationToken cancellationToken)
    {
        var created = await posts.CreateAsync(CurrentUser.From(User), draft, cancellationToken);
        return created.IsRejected
            ? this.Reject(created.Rejection)
            : Created(UrlOf(created.Value.Id), PostResponse.From(created.Value));
    }
}
