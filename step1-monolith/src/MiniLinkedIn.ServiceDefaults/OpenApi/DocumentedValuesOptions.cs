namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>Values the API description states, by the name of their <c>{Placeholder}</c> in the XML docs.</summary>
public sealed class DocumentedValuesOptions
{
    public Dictionary<string, long> Values { get; } = [];
}
