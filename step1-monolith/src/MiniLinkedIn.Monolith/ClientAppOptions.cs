namespace MiniLinkedIn.Monolith;

public sealed class ClientAppOptions
{
    public const string Section = "ClientApp";

    /// <summary>Folder of the built React client (client-react/dist). Empty: serve the API only.</summary>
    public string? RootPath { get; set; }
}
