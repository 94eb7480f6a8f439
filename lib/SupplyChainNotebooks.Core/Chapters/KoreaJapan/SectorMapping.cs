using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>IO industries that hold a sector in each dataset, with the role they play (core, upstream, processing).</summary>
/// <param name="Role">core, upstream or processing.</param>
/// <param name="Note">Why these industries.</param>
/// <param name="Industries">Industry labels per dataset id, exactly as in the dataset's node labels (after COUNTRY_).</param>
public sealed record SectorIoGroup(string Role, string Note, ImmutableSortedDictionary<string, ImmutableArray<string>> Industries)
{
    /// <summary>Node-set expression for a country, e.g. "KOR:C26" or "KOR:B07+KOR:B08", or null if the dataset is not mapped.</summary>
    public string? NodeExpression(string dataset, string country) =>
        Industries.TryGetValue(dataset, out var list) ? string.Join("+", list.Select(i => $"{country}:{i}")) : null;
}

/// <summary>A Japanese uniform product group of the MOF trade statistics used as a proxy for an item.</summary>
/// <param name="Flow">import or export.</param>
/// <param name="Goods">Group name as in the statistics ("(Ic)").</param>
public sealed record CustomsGroup(string Flow, string Goods);

/// <summary>A critical product (chapter 4 id) with the HS6 codes that represent it in trade data.</summary>
/// <param name="ItemId">Chapter 4's id (jp-spec-NN).</param>
/// <param name="Label">Readable name.</param>
/// <param name="Hs6">HS2017 six-digit codes.</param>
/// <param name="JapanCustomsGroups">MOF product groups usable as a yen-valued proxy for Japan, possibly empty.</param>
public sealed record SectorItem(string ItemId, string Label, ImmutableArray<string> Hs6, ImmutableArray<CustomsGroup> JapanCustomsGroups);

/// <summary>One deep-dive sector of chapter 5.</summary>
/// <param name="Id">Sector id ("semiconductors").</param>
/// <param name="Title">Display name.</param>
/// <param name="Note">Remark, or null.</param>
/// <param name="PolicyRecords">Policy record ids per country (JPN, KOR).</param>
/// <param name="Io">IO industry groups.</param>
/// <param name="Items">Critical products with HS6 codes.</param>
public sealed record Sector(
    string Id,
    string Title,
    string? Note,
    ImmutableSortedDictionary<string, ImmutableArray<string>> PolicyRecords,
    ImmutableArray<SectorIoGroup> Io,
    ImmutableArray<SectorItem> Items);

/// <summary>
/// The sector mapping of <c>data/sectors/korea-japan-sectors.json</c>: chapter 5's sectors → IO industries per dataset
/// and → chapter 4 item ids with HS6 codes. Loading validates ids, dataset names, HS6 codes and roles; cross-checks
/// against policy records and catalog datasets are separate calls so the file stays self-contained.
/// </summary>
public sealed partial class SectorMapping
{
    private SectorMapping(string file, ImmutableArray<Sector> sectors)
    {
        File = file;
        Sectors = sectors;
    }

    /// <summary>Datasets the mapping covers.</summary>
    public static readonly ImmutableArray<string> Datasets = ["wiod2013", "lrwiod", "icio2021", "icio2023", "icio2025"];

    /// <summary>Default location.</summary>
    public static string DefaultFile => RepositoryLayout.ProjectData("sectors", "korea-japan-sectors.json");

    /// <summary>File read.</summary>
    public string File { get; }

    /// <summary>Sectors in file order.</summary>
    public ImmutableArray<Sector> Sectors { get; }

    /// <summary>Sector by id.</summary>
    /// <exception cref="UnknownLabelException">No such sector.</exception>
    public Sector Get(string id) => Sectors.FirstOrDefault(s => s.Id == id) ?? throw new UnknownLabelException("sector", id, File, Sectors.Select(s => s.Id));

    /// <summary>Loads the default mapping.</summary>
    public static SectorMapping LoadDefault() => Load(DefaultFile);

    /// <summary>Loads and validates a mapping file.</summary>
    /// <exception cref="DataFormatException">The file breaks the documented layout; the message names the sector and field.</exception>
    public static SectorMapping Load(string path)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(System.IO.File.ReadAllText(path)); }
        catch (JsonException e) { throw new DataFormatException(path, e.LineNumber + 1, null, $"malformed JSON: {e.Message}", e); }
        using (doc)
        {
            if (!doc.RootElement.TryGetProperty("sectors", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new DataFormatException(path, null, null, "expected an object with a 'sectors' list");
            var sectors = list.EnumerateArray().Select((s, i) => ReadSector(path, i, s)).ToImmutableArray();
            var dup = sectors.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
            if (dup is not null) throw new DataFormatException(path, null, null, $"sector id '{dup.Key}' is used twice");
            return new SectorMapping(path, sectors);
        }
    }

    /// <summary>Policy record ids named by the mapping that are not in <paramref name="records"/>.</summary>
    public IReadOnlyList<string> MissingPolicyRecords(PolicyRecordSet records) =>
        [.. Sectors.SelectMany(s => s.PolicyRecords.Values.SelectMany(v => v)).Distinct().Where(id => records.Find(id) is null)];

    private static Sector ReadSector(string path, int index, JsonElement s)
    {
        string Fail(string field, string problem) => throw new DataFormatException(path, null, null, $"sector #{index + 1}, field '{field}': {problem}");
        string Text(JsonElement e, string name, bool required = true) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0 ? v.GetString()!.Trim()
            : required ? Fail(name, "required text is missing") : null!;
        var id = Text(s, "id");
        if (!PolicyRecordLoader.IdPattern.IsMatch(id)) Fail("id", $"'{id}' is not lower-case words joined by '-'");
        var policy = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (s.TryGetProperty("policyRecords", out var pr) && pr.ValueKind == JsonValueKind.Object)
            foreach (var p in pr.EnumerateObject())
                policy[p.Name] = [.. p.Value.EnumerateArray().Select(v => v.GetString()!)];
        var io = ImmutableArray.CreateBuilder<SectorIoGroup>();
        if (!s.TryGetProperty("io", out var ioList) || ioList.ValueKind != JsonValueKind.Array || ioList.GetArrayLength() == 0) Fail("io", "at least one IO group is required");
        foreach (var g in ioList.EnumerateArray())
        {
            var role = Text(g, "role");
            if (role is not ("core" or "upstream" or "processing")) Fail("io.role", $"'{role}' is not core, upstream or processing");
            var ind = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            foreach (var d in g.GetProperty("industries").EnumerateObject())
            {
                if (!Datasets.Contains(d.Name)) Fail($"io.industries.{d.Name}", $"unknown dataset; mapped datasets: {string.Join(", ", Datasets)}");
                var labels = d.Value.EnumerateArray().Select(v => v.GetString() ?? "").ToImmutableArray();
                if (labels.Length == 0 || labels.Any(l => !IndustryLabel().IsMatch(l))) Fail($"io.industries.{d.Name}", "needs one or more industry labels");
                ind[d.Name] = labels;
            }
            foreach (var d in Datasets)
                if (!ind.ContainsKey(d)) Fail("io.industries", $"dataset '{d}' is not mapped");
            io.Add(new SectorIoGroup(role, Text(g, "note"), ind.ToImmutable()));
        }
        var items = ImmutableArray.CreateBuilder<SectorItem>();
        foreach (var it in s.GetProperty("items").EnumerateArray())
        {
            var itemId = Text(it, "itemId");
            if (!PolicyRecordLoader.ItemIdPattern.IsMatch(itemId)) Fail("items.itemId", $"'{itemId}' does not follow jp-spec-NN");
            var hs = it.GetProperty("hs6").EnumerateArray().Select(v => v.GetString() ?? "").ToImmutableArray();
            foreach (var h in hs) if (!Hs6().IsMatch(h)) Fail("items.hs6", $"'{h}' is not a six-digit HS code");
            if (hs.Length == 0 || hs.Distinct().Count() != hs.Length) Fail("items.hs6", "codes must be present and distinct");
            var groups = it.TryGetProperty("japanCustomsGroups", out var jg)
                ? jg.EnumerateArray().Select(g => new CustomsGroup(Text(g, "flow"), Text(g, "goods"))).ToImmutableArray() : [];
            if (groups.Any(g => g.Flow is not ("import" or "export"))) Fail("items.japanCustomsGroups.flow", "must be import or export");
            items.Add(new SectorItem(itemId, Text(it, "label"), hs, groups));
        }
        return new Sector(id, Text(s, "title"), Text(s, "note", required: false), policy.ToImmutable(), io.ToImmutable(), items.ToImmutable());
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex Hs6();

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex IndustryLabel();
}
