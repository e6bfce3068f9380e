using System.Diagnostics;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace MiniLinkedIn.Monolith.Tests.StandIns;

/// <summary>
/// The S3 stand-in on BlueStore (what ./run.sh uses): buckets and objects are there after its
/// daemons were killed (stop-radosgw.sh sends SIGKILL) and started again, with other keys and port.
/// </summary>
public sealed class RadosgwRestartTests
{
    private DirectoryInfo dataDir = null!;

    [SetUp]
    public void CreateDataDir()
    {
        if (!File.Exists("/usr/bin/radosgw"))
        {
            Assert.Ignore("Ceph radosgw is not installed: run the tests through deploy/standins/with-standins.sh.");
        }

        dataDir = Directory.CreateTempSubdirectory("radosgw-data-");
    }

    [TearDown]
    public async Task StopAndDelete()
    {
        if (dataDir is null)
        {
            return;
        }

        await RunAsync("stop-radosgw.sh", dataDir.FullName);
        dataDir.Delete(recursive: true);
    }

    [Test]
    public async Task Objects_survive_a_kill_and_a_restart()
    {
        var image = new byte[300_000];
        Random.Shared.NextBytes(image);
        using (var first = await StartAsync("first-access-key", "first-secret-key"))
        {
            await first.PutBucketAsync("post-images");
            await first.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "post-images", Key = "kept", InputStream = new MemoryStream(image), ContentType = "image/png", UseChunkEncoding = false,
            });
        }

        await RunAsync("stop-radosgw.sh", dataDir.FullName);
        using var second = await StartAsync("second-access-key", "second-secret-key");

        using var kept = await second.GetObjectAsync("post-images", "kept");
        using var bytes = new MemoryStream();
        await kept.ResponseStream.CopyToAsync(bytes);
        Assert.That(bytes.ToArray(), Is.EqualTo(image));
        Assert.That(kept.Headers.ContentType, Is.EqualTo("image/png"));
    }

    private async Task<AmazonS3Client> StartAsync(string accessKey, string secretKey)
    {
        var output = await RunAsync("start-radosgw.sh", dataDir.FullName, "0", accessKey, secretKey);
        var url = output.Split('\n').Single(line => line.StartsWith("radosgw ready ", StringComparison.Ordinal))["radosgw ready ".Length..];
        return new AmazonS3Client(new BasicAWSCredentials(accessKey, secretKey), new AmazonS3Config
        {
            ServiceURL = url,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
    }

    /// <returns>Standard output of one of the S3 stand-in's scripts, which must succeed.</returns>
    private static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Repository.StandIns, "s3", script), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["RGW_OBJECTSTORE"] = "bluestore";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{script} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, $"{script}: {await error}");
        return await output;
    }
}
