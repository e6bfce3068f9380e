using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class TokenTests
{
    private static Api Api => TestApp.Api;

    private static RsaSecurityKey RealKey => TestApp.Factory.Services.GetRequiredService<SigningKeyStore>().SigningKey;

    [Test]
    public async Task Issued_token_is_RS256_with_kid_and_the_expected_claims()
    {
        var session = await Api.NewSessionAsync();
        var token = new JsonWebToken(session.Token);

        Assert.That(token.Alg, Is.EqualTo("RS256"));
        Assert.That(token.Kid, Is.Not.Empty);
        Assert.That(token.Subject, Is.EqualTo(session.User.Id));
        Assert.That(token.GetClaim("email").Value, Is.EqualTo(session.User.Email));
        Assert.That(token.Id, Is.Not.Empty);
        Assert.That(token.IssuedAt, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
        Assert.That(token.ValidTo - token.IssuedAt, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(token.Issuer, Is.EqualTo("mini-linkedin"));
        Assert.That(token.Audiences, Is.EquivalentTo(new[] { "mini-linkedin" }));
    }

    [Test]
    public async Task Jwks_publishes_the_public_key_that_verifies_issued_tokens()
    {
        var session = await Api.NewSessionAsync();
        var jwks = new JsonWebKeySet(await Api.Anonymous().GetStringAsync("/.well-known/jwks.json"));

        var key = jwks.Keys.Single();
        Assert.That(key.Kid, Is.EqualTo(new JsonWebToken(session.Token).Kid));
        Assert.That(key.Kty, Is.EqualTo("RSA"));
        Assert.That(key.HasPrivateKey, Is.False);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(session.Token, new TokenValidationParameters
        {
            ValidIssuer = "mini-linkedin",
            ValidAudience = "mini-linkedin",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
    }

    [Test]
    public async Task Missing_token_is_401_problem() =>
        await Api.ProblemAsync(await Api.Anonymous().GetAsync("/api/post"), HttpStatusCode.Unauthorized);

    [Test]
    public async Task Valid_token_is_accepted()
    {
        var session = await Api.NewSessionAsync();
        var token = Forge(RealKey, session.User.Id, DateTime.UtcNow.AddMinutes(5));

        Assert.That((await Api.WithToken(token).GetAsync("/api/post")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Expired_token_is_401()
    {
        var session = await Api.NewSessionAsync();
        var token = Forge(RealKey, session.User.Id, DateTime.UtcNow.AddMinutes(-1));

        await Api.ProblemAsync(await Api.WithToken(token).GetAsync("/api/post"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Tampered_token_is_401()
    {
        var session = await Api.NewSessionAsync();
        var parts = session.Token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(session.User.Id, new string('0', 24), StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        await Api.ProblemAsync(await Api.WithToken(tampered).GetAsync("/api/post"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Token_signed_with_another_key_is_401_even_with_our_kid()
    {
        var session = await Api.NewSessionAsync();
        using var rsa = RSA.Create(2048);
        var impostor = new RsaSecurityKey(rsa) { KeyId = RealKey.KeyId };

        await Api.ProblemAsync(await Api.WithToken(Forge(impostor, session.User.Id, DateTime.UtcNow.AddMinutes(5))).GetAsync("/api/post"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Unsigned_alg_none_token_is_401()
    {
        var session = await Api.NewSessionAsync();
        static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.Serialize(value));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var unsigned = Encode(new { alg = "none", typ = "JWT" }) + "." + Encode(new
        {
            sub = session.User.Id, email = session.User.Email, iss = "mini-linkedin", aud = "mini-linkedin", iat = now, exp = now + 600,
        }) + ".";

        await Api.ProblemAsync(await Api.WithToken(unsigned).GetAsync("/api/post"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Token_for_another_audience_is_401()
    {
        var session = await Api.NewSessionAsync();
        var token = Forge(RealKey, session.User.Id, DateTime.UtcNow.AddMinutes(5), audience: "someone-else");

        await Api.ProblemAsync(await Api.WithToken(token).GetAsync("/api/post"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Garbage_in_the_authorization_header_is_401()
    {
        var client = Api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes("garbage")));

        await Api.ProblemAsync(await client.GetAsync("/api/notification"), HttpStatusCode.Unauthorized);
    }

    [TestCase("sub", null)]
    [TestCase("email", null)]
    [TestCase("sub", "")]
    [TestCase("email", "")]
    public async Task Well_signed_token_without_a_user_is_401_not_500(string claim, string? value)
    {
        var session = await Api.NewSessionAsync();
        var token = Forge(RealKey, session.User.Id, DateTime.UtcNow.AddMinutes(5), change: (claim, value));
        var client = Api.WithToken(token);

        using (Assert.EnterMultipleScope())
        {
            await Api.ProblemAsync(await client.GetAsync("/api/post"), HttpStatusCode.Unauthorized);
            await Api.ProblemAsync(await client.PostAsync("/api/post", new MultipartFormDataContent { { new StringContent("who?"), "text" } }), HttpStatusCode.Unauthorized);
            await Api.ProblemAsync(await client.GetAsync("/api/notification"), HttpStatusCode.Unauthorized);
        }
    }

    // change: a claim to leave out (value null) or to give another value.
    private static string Forge(SecurityKey key, string userId, DateTime expires, string audience = "mini-linkedin", (string Claim, string? Value)? change = null)
    {
        var claims = new Dictionary<string, string?> { ["sub"] = userId, ["email"] = "forged@example.com", ["jti"] = Guid.NewGuid().ToString() };
        if (change is var (name, value))
        {
            claims[name] = value;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "mini-linkedin",
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Subject = new ClaimsIdentity(claims.Where(c => c.Value is not null).Select(c => new Claim(c.Key, c.Value!))),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
