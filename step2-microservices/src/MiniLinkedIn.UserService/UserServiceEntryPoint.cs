namespace MiniLinkedIn.UserService;

/// <summary>Names this service's assembly for tests (<c>WebApplicationFactory&lt;T&gt;</c>): every service's entry class is called Program.</summary>
public sealed class UserServiceEntryPoint;
