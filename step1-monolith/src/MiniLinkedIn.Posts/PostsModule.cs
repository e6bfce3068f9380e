using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.Posts.Images;
using MiniLinkedIn.Posts.Outbox;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MiniLinkedIn.ServiceDefaults.Storage;

namespace MiniLinkedIn.Posts;

public static class PostsModule
{
    /// <summary>
    /// Posts, their images and the outbox that hands new posts to notifications. Needs an
    /// <c>INotificationInbox</c> from the host: in-process in the monolith, over HTTP in a service.
    /// </summary>
    public static IServiceCollection AddPostsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PostsOptions>()
            .Bind(configuration.GetSection(PostsOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.OutboxPollInterval > TimeSpan.Zero && o.OutboxMaxRetryDelay > TimeSpan.Zero, "Outbox intervals must be positive.")
            .ValidateOnStart();
        services.AddS3(configuration);
        services.AddSingleton<PostStore>();
        services.AddStartupTask<PostStore>();
        services.AddSingleton<ImageStore>();
        services.AddStartupTask<ImageStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<PostService>();
        services.AddSingleton<IPostDirectory, PostDirectory>();
        services.AddHostedService<NotificationOutboxDispatcher>();
        services.AddControllers().AddApplicationPart(typeof(PostsModule).Assembly);
        return services;
    }
}
