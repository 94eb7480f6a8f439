using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Policy;

/// <summary>
/// Loads and validates the policy records: every <c>*.json</c> file of a folder (default <c>data/policy/</c>) holds a
/// list of records in the schema of <c>data/policy/README.md</c>. Any violation — malformed JSON, a missing or unknown
/// field, a non-ISO date, an unknown kind or jurisdiction, a malformed URL, money without currency, a duplicate id or a
/// dangling reference — raises a <see cref="DataFormatException"/> that names the file, the line and the record.
/// </summary>
public static partial class PolicyRecordLoader
{
    /// <summary>Folder of the project's policy records.</summary>
    public static string DefaultFolder => RepositoryLayout.ProjectData("policy");

    /// <summary>Pattern of record ids.</summary>
    public static readonly Regex IdPattern = IdRegex();

    /// <summary>Pattern of chapter 4's critical-product ids referenced by designations.</summary>
    public static readonly Regex ItemIdPattern = ItemIdRegex();

    private static readonly FrozenSet<string> RecordFields = Fields(
        "id", "title", "titleOriginal", "jurisdiction", "parties", "target", "kind", "summary", "milestones", "parts",
        "quantities", "facets", "basis", "itemRefs", "disclosure", "speaker", "stance", "sources", "confidence", "verification");

    private static readonly FrozenSet<string> MilestoneFields = Fields("event", "date", "scope", "note", "verify", "sources");
    private static readonly FrozenSet<string> PartFields = Fields("id", "title", "summary", "milestones");
    private static readonly FrozenSet<string> QuantityFields = Fields("name", "kind", "value", "unit", "currency", "scale", "relation", "role", "note");
    private static readonly FrozenSet<string> SourceFields = Fields("url", "publisher", "language");

    /// <summary>Loads the project's records from <see cref="DefaultFolder"/>.</summary>
    public static PolicyRecordSet LoadDefault() => LoadFolder(DefaultFolder);

    /// <summary>Loads every <c>*.json</c> file of <paramref name="folder"/> (sorted by name) and checks the set as a whole.</summary>
    /// <exception cref="DataFormatException">A file or record violates the schema.</exception>
    /// <exception cref="SupplyChainException">The folder does not exist or holds no record file.</exception>
    public static PolicyRecordSet LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new SupplyChainException($"policy record folder '{folder}' does not exist");
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new SupplyChainException($"policy record folder '{folder}' holds no *.json file");
        var records = files.SelectMany(f => LoadFile(f)).ToImmutableArray();
        CheckSet(records);
        return new PolicyRecordSet(folder, [.. files], records);
    }

    /// <summary>Loads and validates one record file (without the cross-file checks of <see cref="LoadFolder"/>).</summary>
    public static ImmutableArray<PolicyRecord> LoadFile(string path)
    {
        var text = File.ReadAllText(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, e.LineNumber + 1, e.BytePositionInLine is { } b ? (b + 1).ToString() : null, $"malformed JSON: {e.Message}", e);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new DataFormatException(path, 1, null, "the file must hold a JSON list of records");
            var list = ImmutableArray.CreateBuilder<PolicyRecord>();
            var index = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
                list.Add(ReadRecord(path, text, ++index, element));
            return list.ToImmutable();
        }
    }

    private static PolicyRecord ReadRecord(string file, string text, int index, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
            throw new DataFormatException(file, null, null, $"record #{index}: expected an object, found {e.ValueKind}");
        var rawId = e.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString() : null;
        var line = rawId is null ? null : LineOf(text, rawId);
        var f = new PolicyJsonFields(file, line, rawId is null ? $"record #{index}" : $"record '{rawId}'");
        f.RejectUnknown(e, "", RecordFields);

        var id = f.String(e, "", "id", required: true)!;
        if (!IdPattern.IsMatch(id)) throw f.Error("id", $"'{id}' must be lower-case letters and digits in words joined by '-'");
        var kind = f.Word(e, "", "kind", true, PolicyVocabulary.Kinds)!;
        var jurisdiction = f.Word(e, "", "jurisdiction", true, PolicyVocabulary.Jurisdictions)!;

        var milestones = ReadMilestones(f, e, "milestones");
        var parts = f.Array(e, "", "parts", required: false).Select((p, i) => ReadPart(f, p, $"parts[{i}]")).ToImmutableArray();
        if (parts.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != parts.Length) throw f.Error("parts", "part ids repeat");
        var quantities = f.Array(e, "", "quantities", required: false).Select((q, i) => ReadQuantity(f, q, $"quantities[{i}]")).ToImmutableArray();
        var sources = f.Array(e, "", "sources", required: true, minCount: 1).Select((s, i) => ReadSource(f, s, $"sources[{i}]")).ToImmutableArray();

        var facetsEl = f.Object(e, "", "facets", required: false);
        var facets = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (facetsEl.ValueKind == JsonValueKind.Object)
            foreach (var p in facetsEl.EnumerateObject())
            {
                if (!PolicyVocabulary.FacetDimensions.Contains(p.Name))
                    throw f.Error($"facets.{p.Name}", $"unknown dimension; allowed: {string.Join(", ", PolicyVocabulary.FacetDimensions.Order(StringComparer.Ordinal))}");
                facets[p.Name] = f.String(facetsEl, "facets", p.Name, required: true, minLength: 10)!;
            }

        var parties = f.Strings(e, "", "parties");
        foreach (var p in parties)
            if (!CountryPattern().IsMatch(p)) throw f.Error("parties", $"'{p}' is not an ISO 3166 alpha-3 code");
        if (jurisdiction == "multilateral" && parties.Length < 2) throw f.Error("parties", "a multilateral record lists at least two parties");
        var target = f.String(e, "", "target", required: false);
        if (target is not null && !CountryPattern().IsMatch(target)) throw f.Error("target", $"'{target}' is not an ISO 3166 alpha-3 code");

        var itemRefs = f.Strings(e, "", "itemRefs");
        foreach (var r in itemRefs)
            if (!ItemIdPattern.IsMatch(r)) throw f.Error("itemRefs", $"'{r}' does not follow the critical-product id scheme jp-spec-NN");
        var speaker = f.String(e, "", "speaker", required: kind == "statement");
        var stance = f.Word(e, "", "stance", required: kind == "statement", PolicyVocabulary.Stances);
        if (kind != "statement" && (speaker is not null || stance is not null)) throw f.Error("speaker", "only statements have a speaker and a stance");

        return new PolicyRecord
        {
            Id = id,
            Title = f.String(e, "", "title", required: true, minLength: 5, maxLength: 200)!,
            TitleOriginal = f.String(e, "", "titleOriginal", required: false),
            Jurisdiction = jurisdiction,
            Parties = parties,
            Target = target,
            Kind = kind,
            Summary = f.String(e, "", "summary", required: true, minLength: 60, maxLength: 1500)!,
            Milestones = milestones,
            Parts = parts,
            Quantities = quantities,
            Facets = facets.ToImmutable(),
            Basis = f.Strings(e, "", "basis"),
            ItemRefs = itemRefs,
            Disclosure = f.Word(e, "", "disclosure", required: false, PolicyVocabulary.Disclosures),
            Speaker = speaker,
            Stance = stance,
            Sources = sources,
            Confidence = f.Word(e, "", "confidence", true, PolicyVocabulary.Confidences)!,
            Verification = f.String(e, "", "verification", required: true, minLength: 20)!,
            File = file,
            Line = line,
        };
    }

    private static ImmutableArray<PolicyMilestone> ReadMilestones(PolicyJsonFields f, JsonElement parent, string path)
    {
        var name = path.Contains('.') ? path[(path.LastIndexOf('.') + 1)..] : path;
        var prefix = path.Contains('.') ? path[..path.LastIndexOf('.')] : "";
        var items = f.Array(parent, prefix, name, required: true, minCount: 1);
        var list = new List<PolicyMilestone>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var p = $"{path}[{i}]";
            var m = items[i];
            if (m.ValueKind != JsonValueKind.Object) throw f.Error(p, "expected an object");
            f.RejectUnknown(m, p, MilestoneFields);
            var sources = f.Strings(m, p, "sources").Select(s => f.Url($"{p}.sources", s)).ToImmutableArray();
            list.Add(new PolicyMilestone(
                f.Word(m, p, "event", true, PolicyVocabulary.Events)!,
                f.Date(m, p, "date"),
                f.String(m, p, "scope", required: false),
                f.String(m, p, "note", required: false),
                f.Bool(m, p, "verify"),
                sources));
        }
        // Stable sort keeps the file's order for steps on the same date (e.g. signed and in force on one day).
        return [.. list.OrderBy(m => m.Date)];
    }

    private static PolicyPart ReadPart(PolicyJsonFields f, JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw f.Error(path, "expected an object");
        f.RejectUnknown(e, path, PartFields);
        return new PolicyPart(
            f.String(e, path, "id", required: true)!,
            f.String(e, path, "title", required: true, minLength: 5)!,
            f.String(e, path, "summary", required: true, minLength: 30)!,
            ReadMilestones(f, e, $"{path}.milestones"));
    }

    private static PolicyQuantity ReadQuantity(PolicyJsonFields f, JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw f.Error(path, "expected an object");
        f.RejectUnknown(e, path, QuantityFields);
        var kind = f.Word(e, path, "kind", true, PolicyVocabulary.QuantityKinds)!;
        var value = f.Number(e, path, "value");
        var unit = f.String(e, path, "unit", required: false);
        var currency = f.Word(e, path, "currency", required: kind == "money", PolicyVocabulary.Currencies);
        var scale = f.Word(e, path, "scale", required: kind == "money", PolicyVocabulary.Scales);
        switch (kind)
        {
            case "money":
                if (unit is not null) throw f.Error($"{path}.unit", "money takes 'currency' and 'scale', not 'unit'");
                if (value <= 0) throw f.Error($"{path}.value", "a money amount must be positive");
                break;
            case "share":
                if (currency is not null || scale is not null || unit is not null) throw f.Error(path, "a share has no unit, currency or scale");
                if (value is < 0 or > 1) throw f.Error($"{path}.value", $"a share is a fraction in [0, 1]; found {value}");
                break;
            case "duration":
                if (unit is null || !PolicyVocabulary.DurationUnits.Contains(unit))
                    throw f.Error($"{path}.unit", $"a duration needs a unit: {string.Join(", ", PolicyVocabulary.DurationUnits.Order(StringComparer.Ordinal))}");
                goto default;
            default:
                if (currency is not null || scale is not null) throw f.Error(path, $"a {kind} has no currency or scale");
                if (unit is null) throw f.Error($"{path}.unit", $"a {kind} needs a unit (e.g. \"items\")");
                if (value < 0) throw f.Error($"{path}.value", "must not be negative");
                break;
        }
        return new PolicyQuantity(
            f.String(e, path, "name", required: true, minLength: 3)!,
            kind,
            value,
            unit,
            currency,
            scale,
            f.Word(e, path, "relation", required: false, PolicyVocabulary.Relations) ?? "=",
            f.Word(e, path, "role", required: false, PolicyVocabulary.QuantityRoles),
            f.String(e, path, "note", required: false));
    }

    private static PolicySource ReadSource(PolicyJsonFields f, JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw f.Error(path, "expected an object with url, publisher and language");
        f.RejectUnknown(e, path, SourceFields);
        return new PolicySource(
            f.Url($"{path}.url", f.String(e, path, "url", required: true)!),
            f.String(e, path, "publisher", required: true, minLength: 2)!,
            f.Word(e, path, "language", true, PolicyVocabulary.Languages)!);
    }

    private static void CheckSet(ImmutableArray<PolicyRecord> records)
    {
        var byId = new Dictionary<string, PolicyRecord>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (byId.TryGetValue(r.Id, out var first))
                throw new DataFormatException(r.File, r.Line, null, $"record '{r.Id}': id already used at {first.Location}");
            byId[r.Id] = r;
        }
        foreach (var r in records)
            foreach (var b in r.Basis)
                if (!byId.ContainsKey(b))
                {
                    var near = LabelDistance.Closest(b, byId.Keys, 3);
                    throw new DataFormatException(r.File, r.Line, null,
                        $"record '{r.Id}', field 'basis': no record '{b}'{(near.Count > 0 ? $"; nearby ids: {string.Join(", ", near)}" : "")}");
                }
    }

    private static int? LineOf(string text, string id)
    {
        var m = Regex.Match(text, "\"id\"\\s*:\\s*\"" + Regex.Escape(id) + "\"");
        if (!m.Success) return null;
        var line = 1;
        for (var i = 0; i < m.Index; i++) if (text[i] == '\n') line++;
        return line;
    }

    private static FrozenSet<string> Fields(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdRegex();

    [GeneratedRegex("^jp-spec-[0-9]{2}$")]
    private static partial Regex ItemIdRegex();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryPattern();
}
