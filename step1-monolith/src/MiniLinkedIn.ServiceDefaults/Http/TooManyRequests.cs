using Microsoft.AspNetCore.Http;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>The 429 body, the same whether the endpoint limiter or an in-action limiter said no.</summary>
public static class TooManyRequests
{
    public const string Title = "Too many requests";
    public const string Detail = "Too many attempts. Wait a minute and try again.";

    public static IResult Problem() => Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: Title, detail: Detail);
}
