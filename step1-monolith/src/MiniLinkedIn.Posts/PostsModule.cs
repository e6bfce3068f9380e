using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.BuildingBlocks.Configuration;
using MiniLinkedIn.BuildingBlocks.Storage;
using MiniLinkedIn.Posts.Api;
using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.Posts.Images;
using MiniLinkedIn.Posts.Outbox;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.OpenApi;

namespace MiniLinkedIn.Posts;

public static class PostsModule
{
    /// <summary>
    /// Posts, their images and the outbox that hands new posts to notifications. Needs an
    /// <c>INotificationInbox</c> from the host: in-process in the monolith, over HTTP in a service.
    /// </summary>
    public static IServiceCollection AddPostsModule(this IServiceCollection services)
    {
        services.AddValidatedOptions<PostsOptions>(PostsOptions.Section)
            .Validate(o => o.OutboxPollInterval > TimeSpan.Zero && o.OutboxMaxRetryDelay > TimeSpan.Zero, "Outbox intervals must be positive.");
        services.AddS3();

        services.AddSingleton<PostStore>();
        services.AddStartupTask<PostStore>();
        services.AddSingleton<ImageStore>();
        services.AddStartupTask<ImageStore>();

        services.AddSingleton<PostService>();
        services.AddSingleton<IPostDirectory, PostDirectory>();

        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<NotificationOutboxDispatcher>();

        services.AddControllers().AddApplicationPart(typeof(PostsModule).Assembly);
        services.AddDocumentedValue("MaxPostTextLength", PostLimits.MaxTextLength);
        services.AddDocumentedValue("MaxImageMegabytes", PostLimits.MaxImageMegabytes);
        services.AddDocumentedValue("MaxImageBytes", PostLimits.MaxImageBytes);
        return services;
    }
}
