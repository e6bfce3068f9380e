using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;
using MiniLinkedIn.ServiceDefaults.Hosting;

namespace MiniLinkedIn.Posts.Images;

/// <summary>Post images in an S3 bucket; MongoDB keeps only their id, type and size.</summary>
internal sealed class ImageStore(IAmazonS3 s3, IOptions<PostsOptions> options) : IStartupTask
{
    private const int IdBytes = 16;

    private string Bucket => options.Value.ImagesBucket;

    /// <summary>128 random bits as hex: the id cannot be guessed from any other id.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));

    public static bool IsWellFormedId(string id) =>
        id.Length == IdBytes * 2 && id.All(char.IsAsciiHexDigitLower);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = Bucket }, cancellationToken);
        }
        catch (AmazonS3Exception ex) when (ex.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
        {
            // MinIO answers 409 for a bucket we already have; radosgw answers 200. Both mean "ready".
        }
    }

    public Task PutAsync(string id, ReadOnlyMemory<byte> bytes, string contentType, CancellationToken cancellationToken) =>
        s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket,
            Key = id,
            InputStream = new MemoryStream(bytes.ToArray(), writable: false),
            ContentType = contentType,
            // One signed payload instead of aws-chunked streaming: accepted by MinIO and by radosgw.
            UseChunkEncoding = false,
        }, cancellationToken);

    /// <returns>The object, or null when no image has that id. The caller disposes it.</returns>
    public async Task<StoredImage?> OpenAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var response = await s3.GetObjectAsync(Bucket, id, cancellationToken);
            return new StoredImage(response.ResponseStream, response.Headers.ContentType, response.ContentLength, response);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        s3.DeleteObjectAsync(Bucket, id, cancellationToken);
}
