using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>The endpoints that are not the user story: health, readiness, signing keys, API description.</summary>
[TestFixture]
public sealed partial class PlatformContractTests : ContractTest
{
    private static readonly string[] PublicApiPaths =
    [
        "/api/register",
        "/api/login",
        "/api/post",
        "/api/post/{}",
        "/api/notification",
        "/api/notification/{}/read",
    ];

    [TestCase("/healthz")]
    [TestCase("/readyz")]
    public async Task HealthEndpointAnswers200Json(string path)
    {
        var response = await Api.GetAsync(path);

        response.ExpectStatus(HttpStatusCode.OK);
        Assert.That(response.MediaType, Is.EqualTo("application/json"), response.ToString());
        Assert.That(response.JsonElement().ValueKind, Is.EqualTo(JsonValueKind.Object), response.ToString());
    }

    [Test]
    public async Task JwksPublishesAnRs256SigningKey()
    {
        var jwks = (await Api.GetAsync("/.well-known/jwks.json")).Expect<JsonWebKeySet>(HttpStatusCode.OK);

        Assert.That(jwks.Keys, Is.Not.Empty);
        foreach (var key in jwks.Keys)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(key.Kty, Is.EqualTo("RSA"));
                Assert.That(key.Alg, Is.EqualTo("RS256"));
                Assert.That(key.Use, Is.EqualTo("sig"));
                Assert.That(key.Kid, Is.Not.Empty);
                Assert.That(key.N, Does.Match("^[A-Za-z0-9_-]+$"), "n is base64url");
                Assert.That(key.E, Does.Match("^[A-Za-z0-9_-]+$"), "e is base64url");
            }
        }
    }

    [Test]
    public async Task SwaggerDocumentsThePublicApiPaths()
    {
        var response = await Api.GetAsync("/swagger/v1/swagger.json");
        response.ExpectStatus(HttpStatusCode.OK);
        var document = response.JsonElement();

        Assert.That(document.TryGetProperty("paths", out var paths), Is.True, "the document has paths");
        // Path parameter names are the implementation's; compare the shapes only.
        var documented = paths.EnumerateObject().Select(p => PathParameter().Replace(p.Name, "{}")).ToList();
        Assert.That(documented, Is.SupersetOf(PublicApiPaths));
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();
}
