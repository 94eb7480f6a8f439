using System.Collections.Immutable;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// The chapter's industry choices per dataset (<c>data/sectors/kiep_sectors.csv</c>): the KIEP study names ADB MRIO
/// sectors (c2 mining, c14 electrical and optical, c15 transport equipment, c18 construction, c31 public
/// administration, c33 health, manufacturing c3–c16); each dataset has its own codes for them. A sector may map to
/// several industries (ICIO C26 + C27 for c14); chapter functions then treat each industry as a node and say so.
/// </summary>
public sealed class KiepSectorConcordance
{
    private static readonly Lazy<KiepSectorConcordance> s_default =
        new(() => Load(RepositoryLayout.ProjectData("sectors", "kiep_sectors.csv")));

    private readonly ImmutableDictionary<(string, string), KiepSectorEntry> _byKey;

    private KiepSectorConcordance(string path, ImmutableArray<KiepSectorEntry> entries)
    {
        Path = path;
        Entries = entries;
        _byKey = entries.ToImmutableDictionary(e => (e.Dataset.ToLowerInvariant(), e.Sector.ToLowerInvariant()));
    }

    /// <summary>The manufacturing sectors c3–c16 of the ADB MRIO classification, in order.</summary>
    public static ImmutableArray<string> ManufacturingSectors { get; } =
        Enumerable.Range(3, 14).Select(i => $"c{i}").ToImmutableArray();

    /// <summary>The concordance of this checkout.</summary>
    public static KiepSectorConcordance Default => s_default.Value;

    /// <summary>File read.</summary>
    public string Path { get; }

    /// <summary>All rows in file order.</summary>
    public ImmutableArray<KiepSectorEntry> Entries { get; }

    /// <summary>Dataset ids covered.</summary>
    public IReadOnlyList<string> Datasets => Entries.Select(e => e.Dataset).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Reads and validates a concordance file.</summary>
    /// <exception cref="DataFormatException">Missing columns, empty codes or duplicate (dataset, sector) rows; the
    /// message names the file and line.</exception>
    public static KiepSectorConcordance Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "concordance file not found");
        string[] required = ["dataset", "sector", "sector_name", "industries", "aliases", "coverage", "note"];
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).FromFile(path);
        foreach (var name in required)
            if (!reader.Header.ColNames.Contains(name))
                throw new DataFormatException(path, 1, name, $"missing column '{name}' (expected {string.Join(",", required)})");
        var entries = new List<KiepSectorEntry>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in required) cells[c] = row[c].ToString().Trim();
            string Cell(string c) => cells[c];
            var dataset = Cell("dataset");
            var sector = Cell("sector");
            if (dataset.Length == 0 || sector.Length == 0) throw new DataFormatException(path, line, null, "empty dataset or sector");
            var industries = Split(Cell("industries"));
            if (industries.IsEmpty) throw new DataFormatException(path, line, "industries", $"no industry codes for {dataset} {sector}");
            var aliases = Split(Cell("aliases"));
            if (!aliases.IsEmpty && aliases.Length != industries.Length)
                throw new DataFormatException(path, line, "aliases", "aliases must list one code per industry code");
            var coverage = Cell("coverage");
            if (coverage is not ("exact" or "approximate" or "coarser"))
                throw new DataFormatException(path, line, "coverage", $"coverage '{coverage}' is not exact, approximate or coarser");
            if (!seen.Add((dataset.ToLowerInvariant(), sector.ToLowerInvariant())))
                throw new DataFormatException(path, line, null, $"duplicate row for {dataset} {sector}");
            entries.Add(new KiepSectorEntry(dataset, sector, Cell("sector_name"), industries, aliases, coverage, Cell("note")));
        }
        return new KiepSectorConcordance(path, [.. entries]);
    }

    /// <summary>The row of one dataset and sector.</summary>
    /// <exception cref="UnknownLabelException">Dataset or sector not covered.</exception>
    public KiepSectorEntry Get(string datasetId, string sector)
    {
        if (_byKey.TryGetValue((datasetId.ToLowerInvariant(), sector.ToLowerInvariant()), out var e)) return e;
        if (!Datasets.Contains(datasetId, StringComparer.OrdinalIgnoreCase))
            throw new UnknownLabelException("dataset", datasetId, $"the KIEP sector concordance {Path}", Datasets);
        throw new UnknownLabelException("KIEP sector", sector, $"the KIEP sector concordance for {datasetId}",
            Entries.Where(x => string.Equals(x.Dataset, datasetId, StringComparison.OrdinalIgnoreCase)).Select(x => x.Sector));
    }

    /// <summary>
    /// The industry codes of <paramref name="sector"/> as the table writes them: the concordance codes when the table has
    /// them all, else the aliases when it has those.
    /// </summary>
    /// <exception cref="UnknownLabelException">The table has neither spelling (names the missing code and the table's industries).</exception>
    public ImmutableArray<string> IndustriesIn(MrioTable table, string sector)
    {
        var entry = Get(table.DatasetId, sector);
        if (entry.Industries.All(i => HasIndustry(table, i))) return entry.Industries.Select(i => Canonical(table, i)).ToImmutableArray();
        if (!entry.Aliases.IsEmpty && entry.Aliases.All(i => HasIndustry(table, i))) return entry.Aliases.Select(i => Canonical(table, i)).ToImmutableArray();
        var missing = entry.Industries.First(i => !HasIndustry(table, i));
        throw new UnknownLabelException("industry", missing, $"{table.Describe()} (KIEP sector {sector} per {Path})", table.Industries);
    }

    /// <summary>The industries of several sectors (e.g. manufacturing c3–c16), without duplicates, in table order.</summary>
    public ImmutableArray<string> IndustriesIn(MrioTable table, IEnumerable<string> sectors)
    {
        var set = new HashSet<string>(sectors.SelectMany(s => IndustriesIn(table, s)), StringComparer.Ordinal);
        return table.Industries.Where(set.Contains).ToImmutableArray();
    }

    /// <summary>
    /// Node-set expression <c>C1,C2:I1,I2</c> for the sector's industries in the given countries. Countries the table
    /// does not have are left out and reported in <paramref name="missingCountries"/>.
    /// </summary>
    /// <exception cref="SupplyChainException">None of the countries is in the table.</exception>
    public string Expression(MrioTable table, IEnumerable<string> countries, IEnumerable<string> sectors, out IReadOnlyList<string> missingCountries)
    {
        var list = countries.ToArray();
        var present = list.Where(table.HasCountry).ToArray();
        missingCountries = list.Where(c => !table.HasCountry(c)).ToArray();
        if (present.Length == 0)
            throw new SupplyChainException($"none of the countries {string.Join(", ", list)} is in {table.Describe()}");
        return $"{string.Join(",", present)}:{string.Join(",", IndustriesIn(table, sectors))}";
    }

    /// <summary>The nodes of the sector in one country.</summary>
    public NodeSet Resolve(MrioTable table, string country, string sector) =>
        NodeSet.Resolve(table, Expression(table, [country], [sector], out _));

    /// <summary>KIEP sectors (keys) whose industries include <paramref name="industry"/> in this table's dataset; empty when
    /// the dataset is not covered or the industry belongs to no chapter sector.</summary>
    public IReadOnlyList<string> SectorsOf(MrioTable table, string industry)
    {
        var result = new List<string>();
        foreach (var e in Entries)
        {
            if (!string.Equals(e.Dataset, table.DatasetId, StringComparison.OrdinalIgnoreCase)) continue;
            if (e.Industries.Contains(industry, StringComparer.OrdinalIgnoreCase) || e.Aliases.Contains(industry, StringComparer.OrdinalIgnoreCase))
                result.Add(e.Sector);
        }
        return result;
    }

    /// <summary>True when the concordance covers the dataset of the table.</summary>
    public bool Covers(MrioTable table) => Datasets.Contains(table.DatasetId, StringComparer.OrdinalIgnoreCase);

    private static bool HasIndustry(MrioTable table, string code) =>
        table.Industries.Any(i => string.Equals(i, code, StringComparison.OrdinalIgnoreCase));

    private static string Canonical(MrioTable table, string code) =>
        table.Industries.First(i => string.Equals(i, code, StringComparison.OrdinalIgnoreCase));

    private static ImmutableArray<string> Split(string cell) =>
        cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
}
