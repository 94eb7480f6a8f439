using System.Collections.Immutable;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// What trade data for the sector items the data folder actually holds: the BACI HS17 extract (importer × HS6 per
/// year) and Japan's MOF statistics (partner × product group, JPY). Built by reading the files, so the "no data"
/// verdicts are computed, not written; each gap comes with its reason and how a user with full BACI fills it.
/// </summary>
public sealed class TradeCoverage
{
    /// <summary>Relative paths (in a data folder) of the BACI extract files, by year.</summary>
    public static readonly ImmutableSortedDictionary<int, string> BaciExtractFiles = new Dictionary<int, string>
    {
        [2022] = "baci_critical_materials/baci_hs17_v202601_critical30_2022_full.csv",
        [2024] = "baci_critical_materials/baci_hs17_v202601_critical30_2024_full.csv",
    }.ToImmutableSortedDictionary();

    /// <summary>Relative path of the Japan MOF statistics by partner and product group.</summary>
    public const string JapanCustomsFile = "japan_customs_trade/japan_trade_by_area_goods_2009-2026_billion_jpy.csv.gz";

    /// <summary>How a user with the full BACI release fills any HS6 gap.</summary>
    public const string HowToFillWithBaci =
        "Download the full CEPII BACI HS17 release (https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202601.zip; " +
        "yearly CSV files with columns t,i,j,k,v,q, v in thousand USD) into the data folder; BACI reports every importer, " +
        "so Korea's and Japan's partner shares for these HS6 codes are then computed by the chapter 4 trade indicators.";

    private readonly ImmutableDictionary<int, ImmutableHashSet<(string Importer, string Hs6)>> _baci;
    private readonly ImmutableDictionary<(string Flow, string Goods), (int From, int To)> _customs;

    private TradeCoverage(
        ImmutableDictionary<int, ImmutableHashSet<(string, string)>> baci,
        ImmutableDictionary<(string, string), (int, int)> customs,
        ImmutableArray<string> filesRead)
    {
        _baci = baci;
        _customs = customs;
        FilesRead = filesRead;
    }

    /// <summary>Data files that were found and read.</summary>
    public ImmutableArray<string> FilesRead { get; }

    /// <summary>Years of the BACI extract found.</summary>
    public IReadOnlyList<int> BaciYears => [.. _baci.Keys.Order()];

    /// <summary>Distinct HS6 codes in the BACI extract (all years).</summary>
    public IReadOnlyList<string> BaciCodes => [.. _baci.Values.SelectMany(s => s.Select(t => t.Hs6)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Reads the extract and the MOF statistics from the data folders (missing files simply give no coverage).</summary>
    public static TradeCoverage Probe(DataFolder? folders = null)
    {
        folders ??= DataFolder.Current;
        var read = ImmutableArray.CreateBuilder<string>();
        var baci = ImmutableDictionary.CreateBuilder<int, ImmutableHashSet<(string, string)>>();
        foreach (var (year, rel) in BaciExtractFiles)
            if (folders.Find([rel]) is { } path)
            {
                DataProvenance.Record("baci-extract", path);
                read.Add(path);
                baci[year] = ReadBaci(path);
            }
        var customs = ImmutableDictionary.CreateBuilder<(string, string), (int, int)>();
        if (folders.Find([JapanCustomsFile]) is { } cpath)
        {
            DataProvenance.Record("japan-customs", cpath);
            read.Add(cpath);
            foreach (var kv in ReadCustoms(cpath)) customs[kv.Key] = kv.Value;
        }
        return new TradeCoverage(baci.ToImmutable(), customs.ToImmutable(), read.ToImmutable());
    }

    /// <summary>Coverage rows for every item of <paramref name="sector"/> and each reporter: one per HS6 code, plus MOF proxy rows for Japan.</summary>
    public ImmutableArray<TradeCoverageRow> For(Sector sector, IEnumerable<string>? reporters = null)
    {
        var rows = ImmutableArray.CreateBuilder<TradeCoverageRow>();
        foreach (var item in sector.Items)
            foreach (var reporter in reporters ?? ["KOR", "JPN"])
            {
                foreach (var hs in item.Hs6)
                    rows.Add(HsRow(sector, item, reporter, hs));
                if (reporter == "JPN")
                    foreach (var g in item.JapanCustomsGroups)
                        rows.Add(ProxyRow(sector, item, g));
            }
        return rows.ToImmutable();
    }

    private TradeCoverageRow HsRow(Sector sector, SectorItem item, string reporter, string hs)
    {
        const string source = "BACI HS17 extract (critical raw materials)";
        var years = _baci.Where(kv => kv.Value.Contains((reporter, hs))).Select(kv => kv.Key).Order().ToArray();
        if (years.Length > 0)
            return new(sector.Id, item.ItemId, reporter, hs, source, TradeDataStatus.Available, string.Join(", ", years), "thousand USD", null, null);
        string reason;
        if (_baci.Count == 0)
            reason = $"no BACI file in the data folder (looked for {string.Join(", ", BaciExtractFiles.Values)})";
        else if (!_baci.Values.Any(s => s.Any(t => t.Hs6 == hs)))
            reason = $"HS6 {hs} is not among the {BaciCodes.Count} codes of the BACI extract, which covers critical raw materials only";
        else
            reason = $"the BACI extract has HS6 {hs} but no import flow of {reporter} in {string.Join(", ", BaciYears)}";
        if (reporter == "KOR") reason += "; no Korean customs extract is available either";
        return new(sector.Id, item.ItemId, reporter, hs, source, TradeDataStatus.NoData, null, null, reason, HowToFillWithBaci);
    }

    private TradeCoverageRow ProxyRow(Sector sector, SectorItem item, CustomsGroup g)
    {
        const string source = "Japan MOF trade statistics (partner × product group)";
        if (_customs.TryGetValue((g.Flow, g.Goods), out var span))
        {
            var reason = $"MOF product group '{g.Goods}' ({g.Flow}s by partner) is not HS6 and is valued in JPY, so it is not comparable with Korea";
            if (g.Flow == "export") reason += "; it has exports only, so import dependence cannot be computed from it";
            return new(sector.Id, item.ItemId, "JPN", g.Goods, source, TradeDataStatus.ProxyOnly, $"{span.From}–{span.To}", "billion JPY", reason, HowToFillWithBaci);
        }
        var missing = _customs.Count == 0 ? $"the MOF file is not in the data folder (looked for {JapanCustomsFile})" : $"MOF group '{g.Goods}' ({g.Flow}) is not in the file";
        return new(sector.Id, item.ItemId, "JPN", g.Goods, source, TradeDataStatus.NoData, null, null, missing, HowToFillWithBaci);
    }

    private static ImmutableHashSet<(string, string)> ReadBaci(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).FromFile(path);
        var importer = reader.Header.IndexOf("importer");
        var hs6 = reader.Header.IndexOf("hs6");
        var set = ImmutableHashSet.CreateBuilder<(string, string)>();
        foreach (var row in reader)
            set.Add((row[importer].ToString(), row[hs6].ToString().PadLeft(6, '0')));
        return set.ToImmutable();
    }

    private static Dictionary<(string, string), (int, int)> ReadCustoms(string path)
    {
        using var stream = CompressedFile.OpenRead(path);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).From(stream);
        var flow = reader.Header.IndexOf("ex_im");
        var goods = reader.Header.IndexOf("goods");
        var year = reader.Header.IndexOf("year");
        var span = new Dictionary<(string, string), (int, int)>();
        foreach (var row in reader)
        {
            var key = (row[flow].ToString(), row[goods].ToString());
            var y = row[year].Parse<int>();
            span[key] = span.TryGetValue(key, out var s) ? (Math.Min(s.Item1, y), Math.Max(s.Item2, y)) : (y, y);
        }
        return span;
    }
}
