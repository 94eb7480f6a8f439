using System.Collections.Immutable;
using System.Globalization;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// Chapter 5's sector deep-dive: one sector of <c>data/sectors/korea-japan-sectors.json</c> joined (a) with chapter 3's
/// K-A numbers (PTF and VS of the risk region) for the sector's IO industries of each country, read from
/// <see cref="PtfRiskStudy.KA(string)"/>, and (b) with chapter 4's trade indicators and class for the sector's trade items,
/// from <see cref="CriticalProductsChapter.Classification"/> (ad-hoc items of leftover codes through
/// <see cref="ItemAnalysis"/>). Every row without numbers carries its reason; nothing is filled with zero.
/// </summary>
public sealed class SectorDeepDive
{
    private SectorDeepDive(Sector sector, ImmutableArray<string> countries, ImmutableArray<DeepDiveIoRow> io, ImmutableArray<DeepDiveTradeRow> trade,
        string dataset, int? year, int tradeYear)
    {
        Sector = sector;
        Countries = countries;
        Io = io;
        Trade = trade;
        Dataset = dataset;
        Year = year;
        TradeYear = tradeYear;
    }

    /// <summary>The sector.</summary>
    public Sector Sector { get; }

    /// <summary>Countries compared (KOR, JPN by default), in column order.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>IO rows: per country, group and industry.</summary>
    public ImmutableArray<DeepDiveIoRow> Io { get; }

    /// <summary>Trade rows: per item, trade item and reporter.</summary>
    public ImmutableArray<DeepDiveTradeRow> Trade { get; }

    /// <summary>MRIO dataset of the IO rows.</summary>
    public string Dataset { get; }

    /// <summary>Table year of the IO rows.</summary>
    public int? Year { get; }

    /// <summary>Year of the trade rows.</summary>
    public int TradeYear { get; }

    /// <summary>IO rows without numbers.</summary>
    public IEnumerable<DeepDiveIoRow> IoGaps => Io.Where(r => r.Ptf is null);

    /// <summary>Trade rows without data.</summary>
    public IEnumerable<DeepDiveTradeRow> TradeGaps => Trade.Where(r => !r.HasData);

    /// <summary>Computes the deep-dive of one sector.</summary>
    /// <param name="sector">Sector of the mapping.</param>
    /// <param name="study">Chapter 3's study on the chosen table (its K-A rankings are used as they are).</param>
    /// <param name="chapter4">Chapter 4 over the trade sources.</param>
    /// <param name="tradeYear">Trade year.</param>
    /// <param name="countries">Countries compared; default the study's sink countries (KOR, JPN).</param>
    /// <param name="source">Trade source choice (default auto: official BACI, else the extracts, else the top flows).</param>
    public static SectorDeepDive Compute(Sector sector, PtfRiskStudy study, CriticalProductsChapter chapter4, int tradeYear,
        IEnumerable<string>? countries = null, TradeSourceChoice source = TradeSourceChoice.Auto)
    {
        ArgumentNullException.ThrowIfNull(sector);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(chapter4);
        var list = (countries ?? study.Parameters.SinkCountries).Select(c => c.ToUpperInvariant()).ToImmutableArray();
        var io = list.SelectMany(c => IoRows(sector, study, c)).ToImmutableArray();
        var trade = sector.Items.SelectMany(item => SectorTradeItems.For(item, chapter4.Analysis.Items).SelectMany(t =>
            list.Select(c => TradeRow(sector, item, t, c, chapter4, tradeYear, source)))).ToImmutableArray();
        return new SectorDeepDive(sector, list, io, trade, study.Table.DatasetId, study.Table.Year, tradeYear);
    }

    /// <summary>The deep-dives of every sector of a mapping (default: the three KIEP sectors and the supplementary one).</summary>
    public static ImmutableArray<SectorDeepDive> ComputeAll(SectorMapping mapping, PtfRiskStudy study, CriticalProductsChapter chapter4, int tradeYear,
        IEnumerable<string>? countries = null, TradeSourceChoice source = TradeSourceChoice.Auto) =>
        [.. mapping.Sectors.Select(s => Compute(s, study, chapter4, tradeYear, countries, source))];

    /// <summary>KOR-vs-JPN bars of PTF(R) per IO industry (VS, RPTF and rank in the hover; no-data bars stay empty and are marked).</summary>
    public KoreaJapanBars IoBars()
    {
        var labels = Io.Select(r => r.Label).Distinct().ToArray();
        var risk = Io.FirstOrDefault()?.Risk ?? "R";
        var categories = labels.Select(l => l + Missing(Io.Where(r => r.Label == l && r.Ptf is null).Select(r => r.Country))).ToImmutableArray();
        var series = Countries.Select(c => new KoreaJapanBarSeries(c,
            [.. labels.Select(l => Io.FirstOrDefault(r => r.Country == c && r.Label == l)?.Ptf)],
            [.. labels.Select(l => Io.FirstOrDefault(r => r.Country == c && r.Label == l) is { } r
                ? r.Ptf is null ? $"no data: {r.NoDataReason}"
                : $"{r.Sink}: VS of {risk} {F(r.Vs, "P2")}, RPTF {F(r.Rptf, "F2")}, rank {r.Rank} of {r.SinksRanked}, TiVA flow {F(r.TivaFlowMusd, "N0")} M USD"
                : "not mapped")])).ToImmutableArray();
        return new KoreaJapanBars(categories, series);
    }

    /// <summary>KOR-vs-JPN bars of China's share of imports per trade item (basis, HHI, top supplier and class in the hover; gaps marked).</summary>
    public KoreaJapanBars TradeBars()
    {
        var items = Trade.Select(r => (r.TradeItemId, r.TradeItemName)).Distinct().ToArray();
        string Mark((string Id, string Name) t)
        {
            var rows = Trade.Where(r => r.TradeItemId == t.Id).ToArray();
            var proxy = rows.Where(r => r.Status == DeepDiveTradeRow.ProxyStatus).Select(r => r.Reporter).ToArray();
            return Short(t.Name) + Missing(rows.Where(r => !r.HasData).Select(r => r.Reporter)) + (proxy.Length > 0 ? $" [{string.Join(", ", proxy)}: JPY proxy]" : "");
        }
        var categories = items.Select(Mark).ToImmutableArray();
        var series = Countries.Select(c => new KoreaJapanBarSeries(c,
            [.. items.Select(t => Trade.FirstOrDefault(r => r.Reporter == c && r.TradeItemId == t.TradeItemId) is { HasData: true } r ? r.ChinaShare : null)],
            [.. items.Select(t => Trade.FirstOrDefault(r => r.Reporter == c && r.TradeItemId == t.TradeItemId) is { } r
                ? r.HasData
                    ? $"{r.Basis} ({r.Status}, {r.DatasetId} {r.Year}): HHI {F(r.ImportHhi, "F3")}, top supplier {r.Top1Partner ?? "n/a"} {F(r.Top1Share, "P1")}, world export share {F(r.WorldExportShare, "P1")}, class {r.Class}"
                    : $"no data: {r.Reason}"
                : "not computed")])).ToImmutableArray();
        return new KoreaJapanBars(categories, series);
    }

    /// <summary>The computed headline comparison of the sector (core PTF/VS per country, trade items with data, where China's share is higher).</summary>
    public SectorComparisonSummary Summary()
    {
        var a = Countries[0];
        var b = Countries.Length > 1 ? Countries[1] : Countries[0];
        DeepDiveIoRow? Core(string c) => Io.FirstOrDefault(r => r.Country == c && r.Role == "core" && r.Ptf is not null);
        var both = Trade.GroupBy(r => r.TradeItemId)
            .Select(g => (A: g.FirstOrDefault(r => r.Reporter == a), B: g.FirstOrDefault(r => r.Reporter == b)))
            .Where(p => p.A?.ChinaShare is not null && p.B?.ChinaShare is not null && p.A.Unit == p.B.Unit)
            .ToArray();
        return new SectorComparisonSummary(Sector.Id, Sector.Title, a, b, Dataset, Year, TradeYear,
            Core(a)?.Sink, Core(a)?.Ptf, Core(a)?.Vs, Core(b)?.Sink, Core(b)?.Ptf, Core(b)?.Vs,
            Trade.Select(r => r.TradeItemId).Distinct().Count(), both.Length,
            both.Count(p => p.A!.ChinaShare > p.B!.ChinaShare), both.Count(p => p.B!.ChinaShare > p.A!.ChinaShare),
            Trade.Count(r => r.Reporter == a && r.HasData && r.ChinaShare >= 0.5), Trade.Count(r => r.Reporter == b && r.HasData && r.ChinaShare >= 0.5),
            IoGaps.Count(), TradeGaps.Count(), Trade.Count(r => r.Status == DeepDiveTradeRow.ProxyStatus));
    }

    private static IEnumerable<DeepDiveIoRow> IoRows(Sector sector, PtfRiskStudy study, string country)
    {
        var table = study.Table;
        var dataset = table.DatasetId;
        SinkRanking? ranking = null;
        string? failure = null;
        if (!table.HasCountry(country)) failure = $"{table.Describe()} has no country {country}";
        else
            try { ranking = study.KA(country); }
            catch (SupplyChainException e) { failure = e.Message; }
        var risk = study.Risk.Expression;
        foreach (var g in sector.Io)
        {
            if (!g.Industries.TryGetValue(dataset, out var labels))
            {
                yield return new DeepDiveIoRow(sector.Id, country, g.Role, "(not mapped)", null, dataset, table.Year, risk, null, 0, null, null, null, null, null, null,
                    $"the sector mapping has no industries for dataset {dataset} (mapped: {string.Join(", ", SectorMapping.Datasets)})");
                continue;
            }
            foreach (var label in labels)
            {
                var row = ranking?.Rows.FirstOrDefault(r => string.Equals(r.SinkIndustry, label, StringComparison.OrdinalIgnoreCase));
                var ranked = ranking?.Ranked.Count() ?? 0;
                if (row is null)
                {
                    yield return new DeepDiveIoRow(sector.Id, country, g.Role, label, null, dataset, table.Year, risk, null, ranked, null, null, null, null, null, null,
                        failure ?? $"{country}_{label} is not a sink of chapter 3's K-A ranking on {table.Describe()}");
                    continue;
                }
                yield return new DeepDiveIoRow(sector.Id, country, g.Role, label, row.Sink, dataset, row.Year, row.Risk, row.Rank, ranked, row.Ptf, row.Rptf, row.Vs,
                    row.Phi, row.Theta, row.TivaFlowMusd, row.Ptf is null ? (row.TivaFlowMusd <= 0 ? "the TiVA flow from the K-A sources into this sink is 0 (no final demand reached by any route), so the TiVA-weighted PTF is undefined; VS is a share of one unit of final product and stays defined" : "PTF undefined (no pair with positive weight)") : null);
            }
        }
    }

    private static DeepDiveTradeRow TradeRow(Sector sector, SectorItem item, TradeItem t, string reporter, CriticalProductsChapter chapter4, int year, TradeSourceChoice source)
    {
        var analysis = chapter4.Analysis;
        var isCatalog = SectorTradeItems.IsCatalogItem(t, analysis.Items);
        ItemClassification c;
        ItemIndicators hs6;
        try
        {
            hs6 = analysis.Indicators(reporter, t, year, source);
            c = isCatalog ? chapter4.Classification(reporter, t.Id, year, source) : analysis.Classify(hs6);
        }
        catch (Exception e) when (e is DatasetNotFoundException or UnknownLabelException)
        {
            var none = new ItemIndicators
            {
                Reporter = reporter, Item = t, Year = year, Status = IndicatorStatus.NoData, NoDataReason = e.Message, DatasetId = "none",
                Source = "no trade source", Unit = TradeValueUnit.Usd, Scheme = ProductScheme.Hs6,
            };
            c = ItemClassifier.Classify(none, analysis.Thresholds);
            hs6 = none;
        }
        var x = c.Indicators;
        var status = !x.HasData ? DeepDiveTradeRow.NoDataStatus : x.Scheme == ProductScheme.Hs6 ? DeepDiveTradeRow.Hs6Status : DeepDiveTradeRow.ProxyStatus;
        var basis = x.Scheme == ProductScheme.Hs6
            ? $"HS6 {(x.HasData ? string.Join("+", x.ProductsUsed) : t.Hs6Text)}"
            : $"MOF customs group '{t.CustomsGroup}'";
        string? reason = status switch
        {
            DeepDiveTradeRow.NoDataStatus => x.NoDataReason,
            DeepDiveTradeRow.ProxyStatus => $"HS6: {hs6.NoDataReason}; shown instead: Japan's customs group '{t.CustomsGroup}' in JPY (shares comparable, values not; no world export share)",
            _ => x.ProductsMissing.Count > 0 || x.Truncated ? string.Join("; ", x.Notes) : null,
        };
        var how = status == DeepDiveTradeRow.Hs6Status ? null : hs6.HowToFill ?? x.HowToFill ?? TradeCoverage.HowToFillWithBaci;
        return new DeepDiveTradeRow(sector.Id, item.ItemId, t.Id, t.Name, x.Reporter, year, status, basis, x.DatasetId, x.HasData ? x.Unit.ToCode() : null,
            x.Imports, x.ChinaShare, x.Top1Partner, x.Top1Share, x.ImportHhi, x.WorldExportShare, c.Offensive, c.Defensive, c.ClassText, reason, how, c);
    }

    private static string Missing(IEnumerable<string> countries)
    {
        var list = countries.Distinct().ToArray();
        return list.Length == 0 ? "" : $" [{string.Join(", ", list)}: no data]";
    }

    private static string Short(string name) => name.Length <= 48 ? name : name[..45].TrimEnd() + "…";

    private static string F(double? v, string format) => v is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
