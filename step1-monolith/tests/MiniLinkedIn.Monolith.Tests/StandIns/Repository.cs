namespace MiniLinkedIn.Monolith.Tests.StandIns;

/// <summary>Paths in the repository these tests were built from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string StandIns => Path.Combine(Root, "deploy", "standins");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MiniLinkedIn.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (MiniLinkedIn.slnx) is not above the test binaries.");
    }
}
