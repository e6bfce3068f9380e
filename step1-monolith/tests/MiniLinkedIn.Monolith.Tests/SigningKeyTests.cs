using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>Where the token signing key comes from, and that it outlives a restart.</summary>
public sealed class SigningKeyTests
{
    [Test]
    public async Task Development_key_is_kept_so_a_restart_does_not_log_anybody_out()
    {
        var dataFolder = Directory.CreateTempSubdirectory("mini-linkedin-keys-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["Users:DataFolder"] = dataFolder };
            Session session;
            using (var before = new MonolithFactory(settings))
            {
                session = await new Api(before).NewSessionAsync();
            }

            using var after = new MonolithFactory(settings);
            var response = await new Api(after).WithToken(session.Token).GetAsync("/api/post");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Directory.GetFiles(dataFolder, "*.pem"), Has.Length.EqualTo(1));
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Test]
    public async Task Configured_pem_key_signs_the_tokens()
    {
        using var rsa = RSA.Create(2048);
        var pemFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(pemFile, rsa.ExportPkcs8PrivateKeyPem());
        try
        {
            using var factory = new MonolithFactory(new Dictionary<string, string?> { ["Users:SigningKeyPath"] = pemFile });
            var session = await new Api(factory).NewSessionAsync();

            var result = await new JsonWebTokenHandler().ValidateTokenAsync(session.Token, new TokenValidationParameters
            {
                ValidIssuer = "mini-linkedin",
                ValidAudience = "mini-linkedin",
                IssuerSigningKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)),
            });
            Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        }
        finally
        {
            File.Delete(pemFile);
        }
    }
}
