using System.Text.Json;

namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>
/// How the API's JSON shapes in this folder are read: System.Text.Json web defaults, strict about the
/// shapes' required constructor parameters and non-null members, so a missing or null field fails loudly.
/// The JSON shapes are plain BCL records: the black-box contract suite links this folder too.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
