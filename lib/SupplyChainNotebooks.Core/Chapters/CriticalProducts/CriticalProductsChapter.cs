using System.Collections.Concurrent;
using System.Globalization;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>
/// Chapter 4: Japan's specified critical products and item-level supply risk from trade data. Returns exactly the data
/// each chart of the notebook needs (concentration matrix, partner-share bars, offensive–defensive quadrant, China-share
/// time series) and the rule-vs-prior comparison, all computed from the trade sources and the project's records.
/// </summary>
public sealed class CriticalProductsChapter
{
    private readonly ConcurrentDictionary<(string, string, int, TradeSourceChoice, bool), ItemClassification> _cache = new();

    /// <summary>Creates the chapter over an analysis (default: current data folders, default thresholds) and the records.</summary>
    public CriticalProductsChapter(ItemAnalysis? analysis = null, SpecifiedProductRecords? records = null)
    {
        Analysis = analysis ?? new ItemAnalysis();
        Records = records ?? SpecifiedProductRecords.Load(RepositoryLayoutRecords(), Analysis.Items);
    }

    /// <summary>The two reporters of the study.</summary>
    public static IReadOnlyList<string> StudyReporters { get; } = ["KOR", "JPN"];

    /// <summary>The analysis (sources, items, thresholds).</summary>
    public ItemAnalysis Analysis { get; }

    /// <summary>Japan's specified critical products and budgets.</summary>
    public SpecifiedProductRecords Records { get; }

    /// <summary>Items of the specified products that have HS codes (covered by the data or not), in list order.</summary>
    public IReadOnlyList<TradeItem> ChartItems => Analysis.Items.Items.Where(i => i.SpecifiedProducts.Count > 0 && i.Hs6.Count > 0).ToArray();

    /// <summary>
    /// The classification of a reporter's item in a year; for Japan, when the HS6 data do not cover the item and
    /// <paramref name="customsFallback"/> is set, the JPY indicators of the matching customs group are used instead.
    /// </summary>
    public ItemClassification Classification(string reporter, string itemId, int year, TradeSourceChoice source = TradeSourceChoice.Auto, bool customsFallback = true) =>
        _cache.GetOrAdd((reporter.ToUpperInvariant(), itemId, year, source, customsFallback), _ =>
        {
            var item = Analysis.Items.Get(itemId);
            var indicators = Analysis.Indicators(reporter, item, year, source);
            if (!indicators.HasData && customsFallback && Analysis.CustomsIndicators(reporter, item, year) is { HasData: true } customs)
                indicators = customs;
            return Analysis.Classify(indicators);
        });

    /// <summary>
    /// Concentration matrix: one cell per item × reporter (HHI and China share; "no data" cells carry the reason). With
    /// <paramref name="customsFallback"/> Japan's cells the HS6 data miss use its customs group (JPY); without, they stay "no data".
    /// </summary>
    public IReadOnlyList<ConcentrationCell> ConcentrationMatrix(int year, IEnumerable<string>? itemIds = null, IEnumerable<string>? reporters = null,
        TradeSourceChoice source = TradeSourceChoice.Auto, bool customsFallback = true)
    {
        var cells = new List<ConcentrationCell>();
        foreach (var item in Select(itemIds))
            foreach (var r in reporters ?? StudyReporters)
            {
                var x = Classification(r, item.Id, year, source, customsFallback).Indicators;
                cells.Add(new ConcentrationCell(item.Id, item.Name, x.Reporter, year, x.HasData, x.ImportHhi, x.ChinaShare, x.Top1Partner, x.Top1Share,
                    x.Imports, x.Unit.ToCode(), Basis(x), x.HasData ? null : x.NoDataReason));
            }
        return cells;
    }

    /// <summary>
    /// Partner-share stacked bars: the top <paramref name="topPartners"/> suppliers and "Other" per item × reporter
    /// (<paramref name="customsFallback"/> as in <see cref="ConcentrationMatrix"/>).
    /// </summary>
    public PartnerShareChartData PartnerShares(int year, IEnumerable<string>? itemIds = null, IEnumerable<string>? reporters = null, int topPartners = 5,
        TradeSourceChoice source = TradeSourceChoice.Auto, bool customsFallback = true)
    {
        if (topPartners < 1) throw new ArgumentOutOfRangeException(nameof(topPartners), "at least one partner");
        var bars = new List<PartnerShareBar>();
        var gaps = new List<DataGap>();
        foreach (var item in Select(itemIds))
            foreach (var r in reporters ?? StudyReporters)
            {
                var x = Classification(r, item.Id, year, source, customsFallback).Indicators;
                if (!x.HasData || x.Partners.Count == 0)
                {
                    gaps.Add(Gap(x, x.HasData ? $"{x.Reporter} has no imports of the item in {year}" : x.NoDataReason!));
                    continue;
                }
                var unit = x.Unit.ToCode();
                var rank = 0;
                foreach (var p in x.Partners.Take(topPartners))
                    bars.Add(new PartnerShareBar(item.Id, item.Name, x.Reporter, year, ++rank, p.Partner, p.Share, p.Value, unit));
                var rest = x.Partners.Skip(topPartners).ToArray();
                if (rest.Length > 0)
                    bars.Add(new PartnerShareBar(item.Id, item.Name, x.Reporter, year, ++rank, "Other", rest.Sum(p => p.Share), rest.Sum(p => p.Value), unit));
            }
        return new PartnerShareChartData(year, bars, gaps);
    }

    /// <summary>Offensive–defensive quadrant of one reporter: world export share against import HHI, with the rule's thresholds.</summary>
    public QuadrantChartData Quadrant(string reporter, int year, IEnumerable<string>? itemIds = null, TradeSourceChoice source = TradeSourceChoice.Auto)
    {
        var points = new List<QuadrantPoint>();
        var gaps = new List<DataGap>();
        var rcaUsed = false;
        foreach (var item in Select(itemIds))
        {
            var c = Classification(reporter, item.Id, year, source, customsFallback: false);
            var x = c.Indicators;
            if (x.WorldExportShare is { } w && x.ImportHhi is { } h)
            {
                rcaUsed |= x.Rca is not null;
                points.Add(new QuadrantPoint(item.Id, item.Name, w, h, x.Top1Share, c.Class, c.Offensive, c.Defensive, PriorOf(item)));
            }
            else gaps.Add(Gap(x, x.HasData ? (x.WorldExportReason ?? $"{x.Reporter} has no imports of the item in {year}") : x.NoDataReason!));
        }
        var t = Analysis.Thresholds;
        var note = rcaUsed
            ? "O also holds with RCA ≥ " + t.RcaMin.ToString(CultureInfo.InvariantCulture) + " and world export HHI ≥ " + t.WorldExportHhiMin.ToString(CultureInfo.InvariantCulture) + " (not visible on these axes)"
            : "RCA not available (no complete BACI file): the O flag uses the world export share alone";
        return new QuadrantChartData(CountryCodes.Normalise(reporter), year, points, t.WorldExportShareMin, t.ImportHhiMin, gaps, note);
    }

    /// <summary>China's share of imports per year from the top-flows file (2002–2024 by default).</summary>
    public ChinaShareChartData ChinaShareSeries(IEnumerable<string>? itemIds = null, IEnumerable<string>? reporters = null, int fromYear = 2002, int toYear = 2024)
    {
        var set = Analysis.Sources.TopFlows();
        var points = new List<ChinaSharePoint>();
        var gaps = new List<DataGap>();
        foreach (var item in Select(itemIds))
            foreach (var r in reporters ?? StudyReporters)
            {
                var before = points.Count;
                string? lastReason = null;
                for (var y = fromYear; y <= toYear; y++)
                {
                    if (!set.Years.Contains(y)) continue;
                    var x = TradeIndicators.Compute(set, r, item, y);
                    if (!x.HasData) { lastReason = x.NoDataReason; continue; }
                    points.Add(new ChinaSharePoint(item.Id, item.Name, x.Reporter, y, x.ChinaShare, x.ImportsUsd, x.HsEdition));
                }
                if (points.Count == before)
                    gaps.Add(new DataGap(item.Id, CountryCodes.Normalise(r), toYear, lastReason ?? $"no year {fromYear}–{toYear} in {set.Description}", TradeIndicators.HowToFill(item, toYear, set)));
            }
        return new ChinaShareChartData(points, AtlasTopFlowsReader.TruncationLabel, gaps);
    }

    /// <summary>The rule applied to every chart item of a reporter.</summary>
    public IReadOnlyList<ItemClassification> ClassifyAll(string reporter, int year, IEnumerable<string>? itemIds = null, TradeSourceChoice source = TradeSourceChoice.Auto) =>
        Select(itemIds).Select(i => Classification(reporter, i.Id, year, source)).ToArray();

    /// <summary>
    /// The rule's verdict for every trade item of every specified product, compared with the study's prior grouping
    /// (by default for Japan, whose products the prior describes).
    /// </summary>
    public IReadOnlyList<PriorComparison> CompareWithPrior(int year, string reporter = "JPN", TradeSourceChoice source = TradeSourceChoice.Auto)
    {
        var rows = new List<PriorComparison>();
        foreach (var product in Records.Products)
            foreach (var itemId in product.TradeItems)
            {
                var c = Classification(reporter, itemId, year, source);
                var (agrees, reason) = Judge(product.PriorGroup, c);
                rows.Add(new PriorComparison(product.Number, product.NameEn, product.PriorGroup, itemId, c, agrees, reason));
            }
        return rows;
    }

    /// <summary>Only the comparisons where the rule contradicts the prior.</summary>
    public IReadOnlyList<PriorComparison> Disagreements(int year, string reporter = "JPN", TradeSourceChoice source = TradeSourceChoice.Auto) =>
        CompareWithPrior(year, reporter, source).Where(r => r.Agrees == false).ToArray();

    /// <summary>The verdict for one prior and classification, with the numbers that decide it.</summary>
    public static (bool? Agrees, string Reason) Judge(PriorGroup? prior, ItemClassification c)
    {
        var x = c.Indicators;
        if (c.Class == ItemClass.NoData) return (null, $"no data: {x.NoDataReason}");
        if (prior is null) return (null, $"no prior grouping for this product; the rule says {c.ClassText} ({OText(c)}; {DText(c)})");
        if (prior == PriorGroup.Offensive)
        {
            if (c.Offensive is null) return (null, $"cannot judge the offensive prior: {c.OffensiveBasis}");
            return c.Offensive.Value
                ? (true, $"offensive prior confirmed: {OText(c)}")
                : (false, $"offensive prior, but no choke-point strength: {OText(c)}" + (c.Defensive == true ? $"; the data show dependence instead ({DText(c)})" : ""));
        }
        if (c.Defensive is null)
            return (null, x.Imports is > 0
                ? $"cannot judge the defensive prior: {DText(c)}; top-1 and HHI stay below their thresholds and M/X is undefined (exports not in the source)"
                : "cannot judge the defensive prior: no import data");
        return c.Defensive.Value
            ? (true, $"defensive prior confirmed: {DText(c)}")
            : (false, $"defensive prior, but no dependence by the rule: {DText(c)}" + (c.Offensive == true ? $"; the data show choke-point strength instead ({OText(c)})" : ""));
    }

    private static string OText(ItemClassification c)
    {
        var x = c.Indicators;
        var t = c.Thresholds;
        if (x.WorldExportShare is not { } w) return $"world export share n/a ({x.WorldExportReason})";
        var s = $"world export share {F(w)} {(w >= t.WorldExportShareMin ? "≥" : "<")} {F(t.WorldExportShareMin)}";
        return x.Rca is { } rca
            ? s + $", RCA {F(rca)} (threshold {F(t.RcaMin)}) with world export HHI {F(x.WorldExportHhi)} (threshold {F(t.WorldExportHhiMin)})"
            : s + " (RCA n/a)";
    }

    private static string DText(ItemClassification c)
    {
        var x = c.Indicators;
        var t = c.Thresholds;
        if (x.Imports is not > 0) return $"no imports; M/X {F(x.ImportExportRatio)}";
        return $"top-1 {x.Top1Partner} {F(x.Top1Share)} (threshold {F(t.Top1ShareMin)}), HHI {F(x.ImportHhi)} (threshold {F(t.ImportHhiMin)}), "
            + $"M/X {(x.ImportExportRatioCapped ? "9999 (no exports)" : F(x.ImportExportRatio))} (threshold > {F(t.ImportExportRatioAbove)})"
            + (x.Unit == TradeValueUnit.Jpy ? " [JPY, customs group]" : "");
    }

    private static string F(double? v) => v is { } d ? d.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>The study's prior for an item: the grouping of its specified product(s) when they agree, else null.</summary>
    public PriorGroup? PriorOf(TradeItem item)
    {
        var priors = item.SpecifiedProducts.Select(n => Records.Products.FirstOrDefault(p => p.Number == n)?.PriorGroup).Distinct().ToArray();
        return priors.Length == 1 ? priors[0] : null;
    }

    private IEnumerable<TradeItem> Select(IEnumerable<string>? itemIds) => itemIds is null ? ChartItems : itemIds.Select(Analysis.Items.Get);

    private static DataGap Gap(ItemIndicators x, string reason) => new(x.Item.Id, x.Reporter, x.Year, reason, x.HowToFill);

    private static string Basis(ItemIndicators x) =>
        x.Scheme == ProductScheme.Hs6 ? $"HS6 {string.Join("+", x.HasData ? x.ProductsUsed : x.Item.Hs6)}" : $"customs group '{x.Item.CustomsGroup}' (JPY)";

    private static string RepositoryLayoutRecords() => Data.RepositoryLayout.ProjectData("critical_products", "japan_specified_critical_products.json");
}
