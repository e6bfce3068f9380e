using System.Reflection;
using NetArchTest.Rules;

namespace MiniLinkedIn.Testing;

/// <summary>Boundary checks on compiled assemblies, usable on any assembly (including a planted violation); shared by both steps.</summary>
public static class Boundaries
{
    /// <summary>Names of the assemblies <paramref name="assembly"/> was compiled against.</summary>
    public static IReadOnlyList<string> ReferencedNames(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(r => r.Name!)];

    /// <summary>The names of the project's own assemblies (MiniLinkedIn.*) that <paramref name="root"/> reaches through its references, itself included.</summary>
    public static IReadOnlySet<string> ReachableProjectAssemblies(Assembly root)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<AssemblyName>([root.GetName()]);
        while (pending.TryPop(out var name))
        {
            if (name.Name!.StartsWith("MiniLinkedIn.", StringComparison.Ordinal) && seen.Add(name.Name))
            {
                foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    /// <summary>The types of <paramref name="assembly"/> that use any type of <paramref name="module"/>.</summary>
    public static IReadOnlyList<string> TypesUsing(Assembly assembly, Assembly module)
    {
        // Full type names, not a namespace prefix: "MiniLinkedIn.Posts" would also match "MiniLinkedIn.Posts.Contracts".
        // Compiler-generated types (no namespace, "<>" names) exist alike in every assembly and are left out.
        var moduleTypes = module.GetTypes()
            .Where(t => t.Namespace is not null && !t.FullName!.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToArray();
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(moduleTypes).GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames];
    }
}
