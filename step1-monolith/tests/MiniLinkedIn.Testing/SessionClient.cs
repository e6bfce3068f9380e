namespace MiniLinkedIn.Testing;

/// <summary>What the suites that hold an <see cref="Api"/> add to a session (the contract suite has its own client).</summary>
public sealed partial record Session
{
    /// <summary>A client of the host under test that sends this user's token.</summary>
    public required HttpClient Client { get; init; }
}
