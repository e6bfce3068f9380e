using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>Turns a use case's <see cref="Rejection"/> into its RFC 9457 problem response: the one place that knows the status codes.</summary>
public static class RejectionResponses
{
    public static IActionResult Reject(this ControllerBase controller, Rejection rejection)
    {
        if (rejection.Kind == RejectionKind.Invalid)
        {
            foreach (var (field, error) in rejection.Errors)
            {
                controller.ModelState.AddModelError(field, error);
            }

            return controller.ValidationProblem(title: rejection.Title, modelStateDictionary: controller.ModelState);
        }

        if (rejection.RetryAfter is { } wait)
        {
            // RFC 9110 Retry-After: whole seconds, at least one.
            controller.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return controller.Problem(statusCode: StatusOf(rejection.Kind), title: rejection.Title, detail: rejection.Detail);
    }

    private static int StatusOf(RejectionKind kind) => kind switch
    {
        RejectionKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        RejectionKind.Forbidden => StatusCodes.Status403Forbidden,
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.Conflict => StatusCodes.Status409Conflict,
        RejectionKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        RejectionKind.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
        RejectionKind.TooManyAttempts => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };
}
