using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>Registering, logging in, and the bearer tokens that come out of it.</summary>
[TestFixture]
public sealed class AccountContractTests : ContractTest
{
    [Test]
    public async Task RegisterTrimsAndLowerCasesTheEmail()
    {
        var email = TestData.UniqueEmail("dora");

        var response = await Api.RegisterAsync($"  {email.ToUpperInvariant()} ", TestData.Password);

        var user = response.Expect<UserSummary>(HttpStatusCode.Created);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Email, Is.EqualTo(email));
            Assert.That(user.Id, Is.Not.Empty);
        }
    }

    [Test]
    public async Task RegisterTheSameEmailWithOtherCaseAndSpacesIs409Problem()
    {
        var email = TestData.UniqueEmail("eve");
        (await Api.RegisterAsync(email, TestData.Password)).ExpectStatus(HttpStatusCode.Created);

        var response = await Api.RegisterAsync($" {email.ToUpperInvariant()}  ", "another password");

        response.ExpectProblem(HttpStatusCode.Conflict);
    }

    [TestCase("not-an-email", TestData.Password, "email")]
    [TestCase("", TestData.Password, "email")]
    [TestCase("two words@example.com", TestData.Password, "email")]
    [TestCase(null, "short7!", "password")]
    [TestCase(null, "", "password")]
    public async Task RegisterWithInvalidInputIs400Problem(string? email, string password, string field)
    {
        var response = await Api.RegisterAsync(email ?? TestData.UniqueEmail("frank"), password);

        var problem = response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.Errors?.Keys, Has.Some.EqualTo(field).IgnoreCase, response.ToString());
    }

    [Test]
    public async Task RegisterAcceptsPasswordsOf8To128CharactersOnly()
    {
        using (Assert.EnterMultipleScope())
        {
            (await Api.RegisterAsync(TestData.UniqueEmail("gina"), new string('p', 8))).ExpectStatus(HttpStatusCode.Created);
            (await Api.RegisterAsync(TestData.UniqueEmail("gina"), new string('p', 128))).ExpectStatus(HttpStatusCode.Created);
            (await Api.RegisterAsync(TestData.UniqueEmail("gina"), new string('p', 7))).ExpectProblem(HttpStatusCode.BadRequest);
            (await Api.RegisterAsync(TestData.UniqueEmail("gina"), new string('p', 129))).ExpectProblem(HttpStatusCode.BadRequest);
        }
    }

    [Test]
    public async Task LoginReturnsABearerTokenAndEchoesTheUser()
    {
        var email = TestData.UniqueEmail("hank");
        var registered = (await Api.RegisterAsync(email, TestData.Password)).Expect<UserSummary>(HttpStatusCode.Created);

        // The email is normalised on login as well.
        var login = (await Api.LoginAsync($" {email.ToUpperInvariant()} ", TestData.Password)).Expect<LoginResponse>(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(login.TokenType, Is.EqualTo("Bearer"));
            Assert.That(login.ExpiresIn, Is.GreaterThan(0));
            Assert.That(login.AccessToken, Is.Not.Empty);
            Assert.That(login.User, Is.EqualTo(registered));
        }

        (await Api.GetFeedAsync(login.AccessToken)).ExpectStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task TheTokenIsAnRs256JwtSignedByAKeyOfTheJwks()
    {
        var email = TestData.UniqueEmail("ivy");
        var session = await Api.SignUpAsync(email, TestData.Password);
        var jwks = (await Api.GetAsync("/.well-known/jwks.json")).Expect<JsonWebKeySet>(HttpStatusCode.OK);

        var parts = session.Token.Split('.');
        Assert.That(parts, Has.Length.EqualTo(3), "a JWS in compact form: header.payload.signature");
        using var header = JsonDocument.Parse(Base64Url(parts[0]));
        using var payload = JsonDocument.Parse(Base64Url(parts[1]));
        var alg = header.RootElement.GetProperty("alg").GetString();
        var kid = header.RootElement.TryGetProperty("kid", out var k) ? k.GetString() : null;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(alg, Is.EqualTo("RS256"));
            Assert.That(kid, Is.Not.Null.And.Not.Empty, "the header names its key");
            Assert.That(jwks.Keys.Select(key => key.Kid), Does.Contain(kid), "the kid is one of the JWKS");
            Assert.That(payload.RootElement.GetProperty("sub").GetString(), Is.EqualTo(session.Id), "sub is the user id");
        }

        var jwk = jwks.Keys.Single(key => key.Kid == kid);
        using var rsa = RSA.Create(new RSAParameters { Modulus = Base64Url(jwk.N), Exponent = Base64Url(jwk.E) });
        var valid = rsa.VerifyData(
            Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.That(valid, Is.True, "the signature verifies with the JWKS key");
    }

    [Test]
    public async Task WrongPasswordAndUnknownEmailAnswerTheSame401Problem()
    {
        var email = TestData.UniqueEmail("jack");
        (await Api.RegisterAsync(email, TestData.Password)).ExpectStatus(HttpStatusCode.Created);

        var wrongPassword = await Api.LoginAsync(email, "not the password");
        var unknownEmail = await Api.LoginAsync(TestData.UniqueEmail("nobody"), TestData.Password);

        using (Assert.EnterMultipleScope())
        {
            var wrong = wrongPassword.ExpectProblem(HttpStatusCode.Unauthorized);
            var unknown = unknownEmail.ExpectProblem(HttpStatusCode.Unauthorized);
            // Nothing tells an attacker whether the account exists (a trace id may differ).
            Assert.That(wrong, Is.EqualTo(unknown));
            Assert.That(PropertyNames(wrongPassword), Is.EquivalentTo(PropertyNames(unknownEmail)));
        }
    }

    [TestCase("not-a-jwt")]
    [TestCase("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.")]
    public async Task AGarbageTokenIs401Problem(string token)
    {
        (await Api.GetFeedAsync(token)).ExpectProblem(HttpStatusCode.Unauthorized);
    }

    private static string[] PropertyNames(ApiResponse response) =>
        response.JsonElement().EnumerateObject().Select(p => p.Name).ToArray();

    private static byte[] Base64Url(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value);
}
