using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>
/// Kestrel and form reading report a bad request (body too large, broken multipart) by throwing;
/// answer those with their own status instead of a 500. Their messages quote the request (a part
/// header line, a limit) and name .NET internals, so the answer says in plain words what was wrong.
/// </summary>
internal sealed class BadHttpRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException => StatusCodes.Status400BadRequest,
            _ => 0,
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Detail = status == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is larger than this endpoint accepts."
                    : "The request could not be read: its headers or body are malformed.",
            },
        });
    }
}
