using MiniLinkedIn.ServiceCalls;
using MiniLinkedIn.ServiceDefaults;
using MiniLinkedIn.Users;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Mini-LinkedIn user service");

// The Users module alone. It signs tokens and publishes its keys at /.well-known/jwks.json, which
// the other services validate tokens with; it needs nothing from them.
builder.Services
    .AddUsersModule()
    .AddGatewaySwaggerUi();

var app = builder.Build();
app.UseServiceDefaults();
app.Run();
