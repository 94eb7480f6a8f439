using System.Collections.Immutable;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// What trade data for the sector items the data folder actually holds, read through chapter 4's
/// <see cref="TradeSources"/> (the catalog's trade datasets): partner-level HS6 flows from the official BACI HS17 year
/// files (<c>baci-hs17</c>) and the mirror's extracts (<c>baci-critical-2024</c>, <c>baci-critical-2022</c>), and
/// Japan's MOF statistics by partner and product group (<c>japan-customs</c>, JPY). The truncated top flows
/// (<c>baci-topflows</c>) are not counted as partner-level coverage. Built by reading the files, so the "no data"
/// verdicts are computed, not written; each gap comes with its reason and how a user with full BACI fills it.
/// </summary>
public sealed class TradeCoverage
{
    /// <summary>The catalog datasets with complete partner-level HS6 flows, in the order they are preferred.</summary>
    public static readonly ImmutableArray<string> PartnerLevelDatasets = [TradeSources.BaciOfficialId, "baci-critical-2024", "baci-critical-2022"];

    /// <summary>How a user with the full BACI release fills any HS6 gap.</summary>
    public const string HowToFillWithBaci =
        "Download the full CEPII BACI HS17 release (https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202601.zip, see './scn data info baci-hs17'); "
        + "put BACI_HS17_Y<year>_V202601.csv and country_codes_V202601.csv into <data>/baci/. BACI reports every importer, so Korea's and Japan's "
        + "partner shares for these HS6 codes are then computed by the chapter 4 trade indicators (ItemAnalysis, source auto or baci).";

    private readonly ImmutableArray<(string DatasetId, int Year, ImmutableHashSet<(string Importer, string Hs6)> Pairs)> _hs;
    private readonly ImmutableDictionary<(string Flow, string Goods), (int From, int To)> _customs;

    private TradeCoverage(
        ImmutableArray<(string, int, ImmutableHashSet<(string, string)>)> hs,
        ImmutableDictionary<(string, string), (int, int)> customs,
        ImmutableArray<string> datasetsRead,
        bool customsRead)
    {
        _hs = hs;
        _customs = customs;
        DatasetsRead = datasetsRead;
        CustomsRead = customsRead;
    }

    /// <summary>Catalog ids (with year) of the HS6 datasets found and read, e.g. "baci-critical-2024 2024".</summary>
    public ImmutableArray<string> DatasetsRead { get; }

    /// <summary>True when Japan's customs statistics were found and read.</summary>
    public bool CustomsRead { get; }

    /// <summary>Years with partner-level HS6 data found (any dataset).</summary>
    public IReadOnlyList<int> BaciYears => [.. _hs.Select(h => h.Year).Distinct().Order()];

    /// <summary>Distinct HS6 codes with at least one flow in the partner-level datasets read.</summary>
    public IReadOnlyList<string> BaciCodes => [.. _hs.SelectMany(h => h.Pairs.Select(p => p.Hs6)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// Reads the catalog's trade datasets through <paramref name="sources"/>: both mirror extracts when present, the
    /// official BACI file of <paramref name="officialYears"/> (default: the latest year present, if any; streamed with
    /// the HS6 codes of <paramref name="mapping"/> kept) and Japan's customs statistics. Missing datasets simply give no
    /// coverage.
    /// </summary>
    public static TradeCoverage Probe(TradeSources? sources = null, SectorMapping? mapping = null, IEnumerable<int>? officialYears = null)
    {
        sources ??= new TradeSources();
        var hs = ImmutableArray.CreateBuilder<(string, int, ImmutableHashSet<(string, string)>)>();
        var read = ImmutableArray.CreateBuilder<string>();
        var present = sources.Catalog.AvailableYears(TradeSources.BaciOfficialId, sources.Folders);
        var official = (officialYears ?? (present.Count > 0 ? [present[^1]] : [])).Where(present.Contains).Distinct().Order().ToArray();
        var extra = mapping?.Sectors.SelectMany(s => s.Items).SelectMany(i => i.Hs6).ToHashSet(StringComparer.Ordinal);
        foreach (var year in official)
        {
            hs.Add((TradeSources.BaciOfficialId, year, Pairs(sources.Official(year, extra), year)));
            read.Add($"{TradeSources.BaciOfficialId} {year}");
        }
        foreach (var id in PartnerLevelDatasets.Skip(1))
            foreach (var year in sources.Catalog.AvailableYears(id, sources.Folders))
            {
                hs.Add((id, year, Pairs(sources.Extract(year), year)));
                read.Add($"{id} {year}");
            }
        var customs = ImmutableDictionary.CreateBuilder<(string, string), (int, int)>();
        var customsRead = sources.Has(TradeSources.CustomsId);
        if (customsRead)
            foreach (var f in sources.JapanCustoms().Flows)
            {
                var key = (f.Importer == JapanCustomsReader.Reporter ? "import" : "export", f.Product);
                customs[key] = customs.TryGetValue(key, out var s) ? (Math.Min(s.Item1, f.Year), Math.Max(s.Item2, f.Year)) : (f.Year, f.Year);
            }
        return new TradeCoverage(hs.ToImmutable(), customs.ToImmutable(), read.ToImmutable(), customsRead);
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
                if (reporter == JapanCustomsReader.Reporter)
                    foreach (var g in item.JapanCustomsGroups)
                        rows.Add(ProxyRow(sector, item, g));
            }
        return rows.ToImmutable();
    }

    private TradeCoverageRow HsRow(Sector sector, SectorItem item, string reporter, string hs)
    {
        var hits = _hs.Where(h => h.Pairs.Contains((reporter, hs))).ToArray();
        if (hits.Length > 0)
            return new(sector.Id, item.ItemId, reporter, hs, string.Join(", ", hits.Select(h => h.DatasetId).Distinct()), TradeDataStatus.Available,
                YearList.Format([.. hits.Select(h => h.Year).Distinct().Order()]), "USD", null, null);
        var source = _hs.Length == 0 ? "BACI HS17 (none in the data folder)" : string.Join(", ", _hs.Select(h => h.DatasetId).Distinct());
        string reason;
        if (_hs.Length == 0)
            reason = $"no partner-level BACI dataset ({string.Join(", ", PartnerLevelDatasets)}) is in the data folder";
        else if (!_hs.Any(h => h.Pairs.Any(p => p.Hs6 == hs)))
            reason = $"HS6 {hs} is not among the {BaciCodes.Count} codes of {string.Join(", ", DatasetsRead)}"
                + (_hs.All(h => h.DatasetId != TradeSources.BaciOfficialId) ? ", which cover critical raw materials only" : "");
        else
            reason = $"{string.Join(", ", DatasetsRead)} hold HS6 {hs} but no import flow of {reporter}";
        if (reporter == "KOR") reason += "; no Korean customs extract is available either";
        return new(sector.Id, item.ItemId, reporter, hs, source, TradeDataStatus.NoData, null, null, reason, HowToFillWithBaci);
    }

    private TradeCoverageRow ProxyRow(Sector sector, SectorItem item, CustomsGroup g)
    {
        const string source = TradeSources.CustomsId;
        if (_customs.TryGetValue((g.Flow, g.Goods), out var span))
        {
            var reason = $"MOF product group '{g.Goods}' ({g.Flow}s by partner) is not HS6 and is valued in JPY, so it is not comparable with Korea";
            if (g.Flow == "export") reason += "; it has exports only, so import dependence cannot be computed from it";
            return new(sector.Id, item.ItemId, "JPN", g.Goods, source, TradeDataStatus.ProxyOnly, $"{span.From}–{span.To}", "JPY", reason, HowToFillWithBaci);
        }
        var missing = CustomsRead ? $"MOF group '{g.Goods}' ({g.Flow}) is not in the customs statistics" : $"the catalog dataset {TradeSources.CustomsId} is not in the data folder";
        return new(sector.Id, item.ItemId, "JPN", g.Goods, source, TradeDataStatus.NoData, null, null, missing, HowToFillWithBaci);
    }

    private static ImmutableHashSet<(string, string)> Pairs(TradeFlowSet set, int year)
    {
        if (set.Scheme != ProductScheme.Hs6) throw new SupplyChainException($"{set.Description} is not an HS6 source");
        var pairs = ImmutableHashSet.CreateBuilder<(string, string)>();
        foreach (var f in set.Flows)
            if (f.Year == year) pairs.Add((f.Importer, f.Product));
        return pairs.ToImmutable();
    }
}
