using MiniLinkedIn.Monolith;
using MiniLinkedIn.Notifications;
using MiniLinkedIn.Posts;
using MiniLinkedIn.ServiceDefaults;
using MiniLinkedIn.Users;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Mini-LinkedIn API (modular monolith)");

// The three modules in one process. Each module also registers its side of the contracts the
// others use (Posts answers IPostDirectory, Notifications answers INotificationInbox), so here
// those calls stay in-process; the step-2 services swap in HTTP adapters instead.
builder.Services
    .AddUsersModule()
    .AddPostsModule()
    .AddNotificationsModule();
builder.Services.AddClientApp();

var app = builder.Build();
app.UseServiceDefaults();
app.MapClientApp();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
