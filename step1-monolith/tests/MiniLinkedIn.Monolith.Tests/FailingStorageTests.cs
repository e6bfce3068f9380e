using System.Net;
using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>If the image cannot be stored, no post is created.</summary>
public sealed class FailingStorageTests
{
    [Test]
    public async Task Failed_image_upload_creates_no_post()
    {
        using var factory = new MonolithFactory(services: s =>
        {
            var real = s.Single(d => d.ServiceType == typeof(IAmazonS3));
            s.Replace(ServiceDescriptor.Singleton(sp => PutFailingS3.Wrap((IAmazonS3)real.ImplementationFactory!(sp))));
        });
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");
        var text = $"never stored {Guid.NewGuid()}";

        using var form = new MultipartFormDataContent { { new StringContent(text), "text" }, { new ByteArrayContent(TestImages.Png), "image", "a.png" } };
        await Api.ProblemAsync(await ada.Client.PostAsync("/api/post", form), HttpStatusCode.ServiceUnavailable);

        var feed = await Api.ReadAsync<PostPage>(await bob.Client.GetAsync("/api/post?limit=100"), HttpStatusCode.OK);
        Assert.That(feed.Items.Select(p => p.Text), Does.Not.Contain(text));
        await Api.ReadAsync<Post>(await ada.Client.PostAsync("/api/post", new MultipartFormDataContent { { new StringContent("text still works"), "text" } }), HttpStatusCode.Created);
    }

    /// <summary>The real S3 client, except that every upload fails as if the server answered 500.</summary>
    public class PutFailingS3 : DispatchProxy
    {
        private IAmazonS3 inner = null!;

        public static IAmazonS3 Wrap(IAmazonS3 inner)
        {
            var proxy = Create<IAmazonS3, PutFailingS3>();
            ((PutFailingS3)(object)proxy).inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name == nameof(IAmazonS3.PutObjectAsync))
            {
                return Task.FromException<PutObjectResponse>(new AmazonS3Exception("storage is down (test)") { StatusCode = HttpStatusCode.InternalServerError });
            }

            try
            {
                return targetMethod!.Invoke(inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        }
    }
}
