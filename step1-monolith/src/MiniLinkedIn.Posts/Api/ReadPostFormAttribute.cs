using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Posts.Api;

/// <summary>
/// Reads the multipart form before model binding, so that a body that cannot be read is answered
/// here: 413 when it is over the request size limit (model binding would call that a generic 400),
/// 400 when it is broken (no closing boundary, a boundary that never comes, a malformed part
/// header), where form reading would otherwise throw into a 500. The detail never quotes the body.
/// Runs after <see cref="RequestSizeLimitAttribute"/> has set the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ReadPostFormAttribute : Attribute, IAsyncResourceFilter, IOrderedFilter
{
    public int Order => 1000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.HasFormContentType)
        {
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Result = Problem(http, StatusCodes.Status413PayloadTooLarge, "Request too large", PostLimits.ImageTooLarge);
                return;
            }
            catch (Exception ex) when (IsUnreadableBody(ex) && !http.RequestAborted.IsCancellationRequested)
            {
                context.Result = Problem(
                    http,
                    StatusCodes.Status400BadRequest,
                    "Malformed form",
                    "The body is not a complete multipart/form-data form: check its boundary, part headers and closing boundary.");
                return;
            }
        }

        await next();
    }

    // What reading a multipart body throws for bytes that are not one: InvalidDataException for
    // limits and bad part headers, IOException when the body ends before its closing boundary.
    private static bool IsUnreadableBody(Exception ex) => ex is InvalidDataException or IOException or BadHttpRequestException;

    private static ObjectResult Problem(HttpContext http, int status, string title, string detail) =>
        new(http.RequestServices.GetRequiredService<ProblemDetailsFactory>().CreateProblemDetails(http, status, title, detail: detail))
        {
            StatusCode = status,
        };
}
