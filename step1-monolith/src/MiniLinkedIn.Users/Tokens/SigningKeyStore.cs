using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MiniLinkedIn.Users.Tokens;

/// <summary>
/// The RSA key that signs tokens: read from <c>Users:SigningKeyPath</c>, or, for development,
/// generated once into the data folder and reused on every start.
/// </summary>
internal sealed partial class SigningKeyStore
{
    private const string DevelopmentKeyFile = "jwt-signing-key.development.pem";

    public SigningKeyStore(IOptions<UsersOptions> options, IHostEnvironment environment, ILogger<SigningKeyStore> logger)
    {
        var rsa = RSA.Create();
        var configuredPath = options.Value.SigningKeyPath;
        if (string.IsNullOrWhiteSpace(configuredPath))
        {
            var folder = Path.Combine(environment.ContentRootPath, options.Value.DataFolder);
            var path = Path.Combine(folder, DevelopmentKeyFile);
            rsa.ImportFromPem(ReadOrCreateDevelopmentKey(folder, path));
            LogDevelopmentKey(logger, path);
        }
        else
        {
            rsa.ImportFromPem(File.ReadAllText(configuredPath));
        }

        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        SigningKey = key;
        PublicJwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)) { KeyId = key.KeyId });
        PublicJwk.Use = JsonWebKeyUseNames.Sig;
        PublicJwk.Alg = SecurityAlgorithms.RsaSha256;
    }

    public RsaSecurityKey SigningKey { get; }

    /// <summary>The public half, as published in <c>/.well-known/jwks.json</c>.</summary>
    public JsonWebKey PublicJwk { get; }

    /// <summary>What the JWT handler of this same process validates tokens with: no HTTP round trip.</summary>
    public OpenIdConnectConfiguration ValidationConfiguration() => new() { SigningKeys = { SigningKey } };

    private static string ReadOrCreateDevelopmentKey(string folder, string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, pem);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return pem;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance starting at the same moment won the race: use its key.
            File.Delete(temporary);
            return File.ReadAllText(path);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signing tokens with the development key {KeyPath}; set Users:SigningKeyPath in production.")]
    private static partial void LogDevelopmentKey(ILogger logger, string keyPath);
}
