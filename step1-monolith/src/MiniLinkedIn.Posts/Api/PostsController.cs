using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.Posts.Images;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Api;

[ApiController]
[Authorize]
[Route("api/post")]
[Tags("Posts")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class PostsController(PostService posts) : ControllerBase
{
    // Room for a 5 MB image plus the text and multipart framing; larger bodies are cut off early.
    private const long MaxRequestBytes = ImageFormat.MaxBytes + (1024 * 1024);

    /// <summary>The latest posts of everybody except the caller, newest first.</summary>
    [HttpGet]
    [ProducesResponseType<PostPageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PostPageResponse> Feed([FromQuery] PageQuery query, CancellationToken cancellationToken)
    {
        var page = await posts.FeedAsync(CurrentUser.From(User), query.ToRequest(), cancellationToken);
        return new PostPageResponse(page.Items.Select(PostResponse.From).ToList(), page.NextCursor);
    }

    /// <summary>One post, the caller's own included.</summary>
    [HttpGet("{id}")]
    [ProducesResponseType<PostResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(string id, CancellationToken cancellationToken)
    {
        if (!ObjectId.TryParse(id, out _))
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed id", detail: "A post id is 24 hexadecimal characters.");
        }

        return await posts.FindAsync(id, cancellationToken) is { } post
            ? Ok(PostResponse.From(post))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Post not found", detail: "No post has this id.");
    }

    /// <summary>Publishes a post with text and an optional JPEG, PNG, GIF or WebP image of at most 5 MB.</summary>
    /// <remarks>
    /// A text-only post may also be sent as <c>application/json</c>: <c>{ "text": "..." }</c>.
    /// The image type is decided by the file's bytes, not by its name or declared type.
    /// </remarks>
    [HttpPost]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(MaxRequestBytes)]
    [ReadPostForm]
    [ProducesResponseType<PostResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<IActionResult> Create([FromForm] string? text, IFormFile? image, CancellationToken cancellationToken)
    {
        if (PostFormShape.Check(Request.Form) is { } malformed)
        {
            return Reject(malformed);
        }

        ImageUpload? upload = null;
        if (image is not null)
        {
            if (image.Length > ImageFormat.MaxBytes)
            {
                return Reject(new PostRejection(StatusCodes.Status413PayloadTooLarge, "Image too large", "An image has at most 5 MB.", "image"));
            }

            using var buffer = new MemoryStream((int)image.Length);
            await image.CopyToAsync(buffer, cancellationToken);
            upload = new ImageUpload(buffer.ToArray());
        }

        return await CreateAsync(new PostDraft(text, upload), cancellationToken);
    }

    /// <summary>Publishes a text-only post from a JSON body.</summary>
    /// <remarks>Hidden from Swagger: OpenAPI allows one operation per method and path, and the multipart one documents this.</remarks>
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
        var (post, rejection) = await posts.CreateAsync(CurrentUser.From(User), draft, cancellationToken);
        return post is null
            ? Reject(rejection!)
            : Created(UrlOf(post.Id), PostResponse.From(post));
    }

    private IActionResult Reject(PostRejection rejection)
    {
        if (rejection is { Status: StatusCodes.Status400BadRequest, Field: { } field })
        {
            ModelState.AddModelError(field, rejection.Detail);
            return ValidationProblem(title: rejection.Title, modelStateDictionary: ModelState);
        }

        return Problem(statusCode: rejection.Status, title: rejection.Title, detail: rejection.Detail);
    }
}
