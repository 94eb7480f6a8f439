using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// The JSON settings of every file under <c>data/</c> (camelCase, comments and trailing commas allowed). The type
/// resolver is set explicitly so the library also works where reflection-based serialisation is off by default
/// (.NET file-based apps, trimmed hosts).
/// </summary>
public static class ProjectJson
{
    /// <summary>Shared, read-only options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        o.MakeReadOnly();
        return o;
    }
}
