using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiniLinkedIn.BuildingBlocks.Configuration;
using MiniLinkedIn.BuildingBlocks.Health;

namespace MiniLinkedIn.BuildingBlocks.Storage;

public static class S3Extensions
{
    public static IServiceCollection AddS3(this IServiceCollection services)
    {
        services.AddValidatedOptions<S3Options>(S3Options.Section);
        services.AddSingleton<IAmazonS3>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<S3Options>>().Value;
            var config = new AmazonS3Config
            {
                ServiceURL = options.ServiceUrl,
                ForcePathStyle = true,
                AuthenticationRegion = options.Region,
                // The SDK v4 defaults (chunked upload with trailing CRC32) are not understood by every
                // S3-compatible server; checksums only when the operation requires them.
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                Timeout = TimeSpan.FromSeconds(30),
                MaxErrorRetry = 2,
            };
            return new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
        });
        services.AddHealthChecks().AddCheck<S3HealthCheck>("s3", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(3));
        return services;
    }
}
