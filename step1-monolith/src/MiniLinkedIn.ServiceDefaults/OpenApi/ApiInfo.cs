using Microsoft.OpenApi;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>The <c>info</c> object: the same description for the monolith and for each service.</summary>
internal static class ApiInfo
{
    public const string ServerDescription =
        "The origin this document was loaded from: the monolith, or the gateway in front of the user, post and notification services.";

    public static OpenApiInfo For(string title) => new()
    {
        Title = title,
        Version = "v1",
        Description = Description,
        Contact = new OpenApiContact { Name = "Mini-LinkedIn maintainers" },
    };

    private const string Description = """
        Mini-LinkedIn, a small LinkedIn built to be read: accounts with JWT login, posts with an
        optional image, a feed of everybody else's posts, and notifications of new posts.

        - **Authentication.** `POST /api/login` answers an `accessToken`. Send it as
          `Authorization: Bearer <accessToken>` to the operations marked with a lock; the others are
          public. Tokens are RS256 JWTs, verifiable with the keys at `/.well-known/jwks.json`.
        - **Errors.** Every 4xx and 5xx answer is an RFC 9457 problem (`application/problem+json`)
          with a `traceId` to quote; a 400 from validation lists its messages per field in `errors`.
        - **Paging.** Lists are newest first. Pass a page's `nextCursor` as `cursor` to get the next
          page; `nextCursor` is null on the last one. `limit` is 1 or more, default {DefaultPageSize}, at most {MaxPageSize}.
        - **One API, two deployments.** The modular monolith (step 1) and the gateway in front of
          the user, post and notification services (step 2) serve the same operations at the same
          paths, so the server is `/` of wherever this document came from.
        """;
}
