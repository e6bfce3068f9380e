using System.Net;
using System.Net.Http.Json;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>Writes retried with an <c>Idempotency-Key</c>: a repeat answers the first outcome, a reused key is refused.</summary>
[TestFixture]
public sealed class IdempotencyContractTests : ContractTest
{
    private const string Header = "Idempotency-Key";

    private Session user = null!;

    [OneTimeSetUp]
    public async Task SignUp() => user = await Api.SignUpAsync(TestData.UniqueEmail("ida"), TestData.Password);

    [Test]
    public async Task ARepeatedPostAnswersTheSameCreatedPost()
    {
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync("Sent twice, published once", key);
        var repeat = await PostAsync("Sent twice, published once", key);

        var post = first.Expect<Post>(HttpStatusCode.Created);
        Assert.That(repeat.Expect<Post>(HttpStatusCode.Created), Is.EqualTo(post));
        Assert.That(repeat.Text, Is.EqualTo(first.Text));
        Assert.That(repeat.Headers.Location, Is.EqualTo(first.Headers.Location));
    }

    [Test]
    public async Task AKeyReusedForADifferentPostIs422Problem()
    {
        var key = Guid.NewGuid().ToString();
        (await PostAsync("The first request", key)).ExpectStatus(HttpStatusCode.Created);

        (await PostAsync("A different request", key)).ExpectProblem(HttpStatusCode.UnprocessableEntity);
    }

    [TestCase("")]
    [TestCase("with\ttab")]
    public async Task AMalformedKeyIs400Problem(string key)
    {
        (await PostAsync("Never stored", key)).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ARepeatedRegistrationAnswersTheSameAccount()
    {
        var key = Guid.NewGuid().ToString();
        var email = TestData.UniqueEmail("rita");

        var first = await RegisterAsync(email, key);
        var repeat = await RegisterAsync(email, key);

        Assert.That(repeat.Expect<UserSummary>(HttpStatusCode.Created), Is.EqualTo(first.Expect<UserSummary>(HttpStatusCode.Created)));
    }

    // JSON rather than a form: the OpenAPI check's validating proxy can read it (see deploy/openapi/README.md).
    private Task<ApiResponse> PostAsync(string text, string key) => Api.SendAsync(
        HttpMethod.Post,
        "/api/post",
        user.Token,
        JsonContent.Create(new { text }, options: ApiJson.Options),
        headers => headers.TryAddWithoutValidation(Header, key));

    private Task<ApiResponse> RegisterAsync(string email, string key) => Api.SendAsync(
        HttpMethod.Post,
        "/api/register",
        null,
        JsonContent.Create(new { email, password = TestData.Password }, options: ApiJson.Options),
        headers => headers.TryAddWithoutValidation(Header, key));
}
