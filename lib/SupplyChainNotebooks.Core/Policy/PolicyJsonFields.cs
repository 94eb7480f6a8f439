using System.Collections.Immutable;
using System.Text.Json;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Policy;

/// <summary>
/// Reads typed fields out of one JSON object of a record file and turns every problem into a
/// <see cref="DataFormatException"/> naming the file, the record's line and id, and the field path.
/// </summary>
internal sealed class PolicyJsonFields(string file, int? line, string recordLabel)
{
    public string File { get; } = file;

    public int? Line { get; } = line;

    public string RecordLabel { get; } = recordLabel;

    public DataFormatException Error(string field, string problem) =>
        new(File, Line, null, $"{RecordLabel}, field '{field}': {problem}");

    public void RejectUnknown(JsonElement obj, string path, IReadOnlySet<string> allowed)
    {
        foreach (var p in obj.EnumerateObject())
            if (!allowed.Contains(p.Name))
                throw Error(Join(path, p.Name), $"unknown field; allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
    }

    public JsonElement Object(JsonElement parent, string path, string name, bool required)
    {
        if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required) throw Error(Join(path, name), "required object is missing");
            return default;
        }
        if (e.ValueKind != JsonValueKind.Object) throw Error(Join(path, name), $"expected an object, found {e.ValueKind}");
        return e;
    }

    public string? String(JsonElement obj, string path, string name, bool required, int minLength = 1, int maxLength = 4000)
    {
        if (!obj.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required) throw Error(Join(path, name), "required text is missing");
            return null;
        }
        if (e.ValueKind != JsonValueKind.String) throw Error(Join(path, name), $"expected text, found {e.ValueKind}");
        var s = e.GetString()!.Trim();
        if (s.Length < minLength) throw Error(Join(path, name), $"text shorter than {minLength} characters");
        if (s.Length > maxLength) throw Error(Join(path, name), $"text longer than {maxLength} characters");
        return s;
    }

    public string? Word(JsonElement obj, string path, string name, bool required, IReadOnlySet<string> allowed)
    {
        var s = String(obj, path, name, required);
        if (s is not null && !allowed.Contains(s))
            throw Error(Join(path, name), $"'{s}' is not a known value; allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
        return s;
    }

    public double Number(JsonElement obj, string path, string name)
    {
        if (!obj.TryGetProperty(name, out var e) || e.ValueKind != JsonValueKind.Number)
            throw Error(Join(path, name), "required number is missing");
        var v = e.GetDouble();
        if (!double.IsFinite(v)) throw Error(Join(path, name), "number is not finite");
        return v;
    }

    public bool Bool(JsonElement obj, string path, string name)
    {
        if (!obj.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return false;
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(Join(path, name), "expected true or false"),
        };
    }

    public PartialDate Date(JsonElement obj, string path, string name)
    {
        var s = String(obj, path, name, required: true)!;
        return PartialDate.TryParse(s, out var d)
            ? d
            : throw Error(Join(path, name), $"'{s}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)");
    }

    public Uri Url(string path, string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host) || !uri.Host.Contains('.') || text.Any(char.IsWhiteSpace))
            throw Error(path, $"'{text}' is not a well-formed absolute http(s) URL");
        return uri;
    }

    public ImmutableArray<JsonElement> Array(JsonElement obj, string path, string name, bool required, int minCount = 0)
    {
        if (!obj.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required) throw Error(Join(path, name), "required list is missing");
            return [];
        }
        if (e.ValueKind != JsonValueKind.Array) throw Error(Join(path, name), $"expected a list, found {e.ValueKind}");
        var items = e.EnumerateArray().ToImmutableArray();
        if (items.Length < minCount) throw Error(Join(path, name), $"needs at least {minCount} entr{(minCount == 1 ? "y" : "ies")}");
        return items;
    }

    public ImmutableArray<string> Strings(JsonElement obj, string path, string name)
    {
        var items = Array(obj, path, name, required: false);
        var list = ImmutableArray.CreateBuilder<string>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(items[i].GetString()))
                throw Error($"{Join(path, name)}[{i}]", "expected non-empty text");
            list.Add(items[i].GetString()!.Trim());
        }
        return list.MoveToImmutable();
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
