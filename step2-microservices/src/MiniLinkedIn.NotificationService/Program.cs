using MiniLinkedIn.Notifications;
using MiniLinkedIn.Notifications.Contracts.Http;
using MiniLinkedIn.Posts.Contracts.Http;
using MiniLinkedIn.ServiceCalls;
using MiniLinkedIn.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Mini-LinkedIn notification service");

// The Notifications module (with its cleaner job), as in the monolith. What it needs from the others
// now comes over HTTP: the post directory, and the user service's keys to validate tokens with.
builder.Services
    .AddNotificationsModule()
    .AddPostDirectoryClient()
    .AddSigningKeysFromUserService()
    .AddGatewaySwaggerUi();

var app = builder.Build();
app.UseServiceDefaults();
// What the post service asks of this one: INotificationInbox, behind the service credential.
app.MapInternalApi().MapNotificationInbox();
app.Run();
