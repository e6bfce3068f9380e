using MiniLinkedIn.Notifications.Contracts.Http;
using MiniLinkedIn.Posts;
using MiniLinkedIn.Posts.Contracts.Http;
using MiniLinkedIn.ServiceCalls;
using MiniLinkedIn.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Mini-LinkedIn post service");

// The Posts module, as in the monolith. What it needs from the others now comes over HTTP: the
// notification inbox its outbox delivers to, and the user service's keys to validate tokens with.
builder.Services
    .AddPostsModule()
    .AddNotificationInboxClient()
    .AddSigningKeysFromUserService()
    .AddGatewaySwaggerUi();

var app = builder.Build();
app.UseServiceDefaults();
// What the other services ask of this one: IPostDirectory, behind the service credential.
app.MapInternalApi().MapPostDirectory();
app.Run();
