using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MiniLinkedIn.Posts.Api;

/// <summary>
/// Reads the form before model binding, so that a body over the request size limit is answered
/// 413 like an oversized image (model binding would report it as a generic 400).
/// Runs after <see cref="RequestSizeLimitAttribute"/> has set the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadFormWithinLimitAttribute : Attribute, IAsyncResourceFilter, IOrderedFilter
{
    public int Order => 1000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Result = new ObjectResult(new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request too large",
                    Detail = "An image has at most 5 MB.",
                })
                { StatusCode = StatusCodes.Status413PayloadTooLarge };
                return;
            }
        }

        await next();
    }
}
