using System.Globalization;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>
/// The tables of chapter 4's notebook as flat rows (one scalar per column, null = "n/a"): the specified products from
/// the records, data coverage per item, indicators per reporter × item, the rule's tests and the comparison with the
/// prior. Computed on HS6 trade data only; Japan's customs groups (JPY) are in <see cref="JapanCustomsGroups"/>.
/// </summary>
public static class ChapterTables
{
    /// <summary>Suppliers listed with their shares in <see cref="IndicatorRow.TopPartners"/>.</summary>
    public const int TopPartnersListed = 3;

    /// <summary>Above this many HS6 codes a code list is shown by heading (<see cref="HsText"/>).</summary>
    public const int MaxListedCodes = 4;

    /// <summary>The specified products as rows, in number order.</summary>
    public static IReadOnlyList<SpecifiedProductRow> ProductTable(this SpecifiedProductRecords records) =>
        records.Products.OrderBy(p => p.Number).Select(p => new SpecifiedProductRow(
            p.Number, p.NameEn, p.NameJa, p.Ministry, p.DesignationDate, p.Status, HsHeadings(p.HsCodes), EditionOf(records.HsEdition), p.Measures, p.Targets,
            PriorText(p.PriorGroup), p.Confidence, p.SourceUrl)).ToArray();

    /// <summary>The designation waves (date and status) with their products and the act most of them name, in date order.</summary>
    public static IReadOnlyList<DesignationWave> DesignationWaves(this SpecifiedProductRecords records) =>
        records.Products.GroupBy(p => (p.DesignationDate, p.Status))
            .OrderBy(g => g.Key.DesignationDate, StringComparer.Ordinal)
            .Select(g => new DesignationWave(g.Key.DesignationDate, g.Key.Status,
                g.GroupBy(p => p.DesignationEvent).OrderByDescending(e => e.Count()).First().Key,
                g.OrderBy(p => p.Number).Select(p => p.NameEn).ToArray()))
            .ToArray();

    /// <summary>"8541 8542 (13 HS6 codes)": distinct 4-digit headings in first-seen order with the code count, or "none".</summary>
    public static string HsHeadings(IReadOnlyList<string> hs6)
    {
        if (hs6.Count == 0) return "none";
        var headings = hs6.Select(c => c[..4]).Distinct(StringComparer.Ordinal).ToArray();
        return $"{string.Join(" ", headings)} ({hs6.Count} HS6 code{(hs6.Count == 1 ? "" : "s")})";
    }

    /// <summary>The codes '+'-joined, or, beyond <see cref="MaxListedCodes"/>, "54 codes in 8456 8457 …"; "none" without codes.</summary>
    public static string HsText(IReadOnlyList<string> hs6) =>
        hs6.Count == 0 ? "none"
        : hs6.Count <= MaxListedCodes ? string.Join("+", hs6)
        : $"{hs6.Count} codes in {string.Join(" ", hs6.Select(c => c[..4]).Distinct(StringComparer.Ordinal))}";

    /// <summary>
    /// Which items of the specified products the HS6 trade data cover in <paramref name="year"/>: "covered", "partial"
    /// or "no data" with the reason and what fills the gap (the official BACI download), with the instructions once.
    /// </summary>
    public static CoverageTable Coverage(this CriticalProductsChapter chapter, int year, IEnumerable<string>? reporters = null,
        TradeSourceChoice source = TradeSourceChoice.Auto)
    {
        var rs = (reporters ?? CriticalProductsChapter.StudyReporters).ToArray();
        if (rs.Length == 0) throw new ArgumentException("no reporter", nameof(reporters));
        var rows = new List<ItemCoverage>();
        string? sourceText = null, howToFill = null;
        foreach (var item in chapter.Analysis.Items.Items.Where(i => i.SpecifiedProducts.Count > 0))
        {
            var xs = rs.Select(r => chapter.Classification(r, item.Id, year, source, customsFallback: false).Indicators).ToArray();
            sourceText ??= xs[0].Source;
            var withData = xs.Where(x => x.HasData).ToArray();
            string status;
            string? reason;
            if (withData.Length == 0)
            {
                status = ItemCoverageStatus.NoData;
                var reasons = xs.Select(Short).Distinct().ToArray();
                reason = reasons.Length == 1 ? reasons[0] : string.Join("; ", xs.Select(x => $"{x.Reporter}: {Short(x)}"));
            }
            else if (withData.Any(x => x.ProductsMissing.Count > 0) || withData.Length < xs.Length)
            {
                status = ItemCoverageStatus.Partial;
                var missing = withData.SelectMany(x => x.ProductsMissing).Distinct(StringComparer.Ordinal).ToArray();
                var parts = new List<string>();
                if (missing.Length > 0) parts.Add($"{string.Join("+", missing)} not in the source: values summed over the other codes only");
                parts.AddRange(xs.Where(x => !x.HasData).Select(x => $"{x.Reporter}: {Short(x)}"));
                reason = string.Join("; ", parts);
            }
            else
            {
                status = ItemCoverageStatus.Covered;
                reason = null;
            }
            string? fill = null;
            if (status != ItemCoverageStatus.Covered)
            {
                var how = xs.Select(x => x.HowToFill).FirstOrDefault(h => h is not null);
                if (how is not null)
                    howToFill ??= TradeIndicators.HowToFill(year, chapter.Analysis.Sources.For(year, source), "the missing items' HS6 codes are");
                fill = item.Hs6.Count == 0 ? "nothing: no HS code, not measurable in goods trade"
                    : how is not null ? "official BACI file (source=baci)"
                    : null;
            }
            rows.Add(new ItemCoverage(item.Id, string.Join(" ", item.SpecifiedProducts), HsText(item.Hs6), item.HsEdition, item.Scope, status, reason, fill,
                item.CustomsGroup));
        }
        return new CoverageTable(year, sourceText ?? "n/a", rows, howToFill);
    }

    /// <summary>A no-data reason for a table cell: the dataset id instead of the file description, long code lists by heading.</summary>
    private static string? Short(ItemIndicators x)
    {
        if (x.NoDataReason is null) return null;
        if (x.ProductsUsed.Count == 0 && x.ProductsMissing.Count > 0 && x.ProductsMissing.Count == x.Item.ProductsIn(x.Scheme).Count)
            return $"HS6 {HsText(x.ProductsMissing)} not in {x.DatasetId} for {x.Year}";
        return x.NoDataReason.Replace(x.Source, x.DatasetId, StringComparison.Ordinal);
    }

    /// <summary>
    /// The §4.2 indicators per reporter × item with data (HS6 sources, USD), in item order then reporter order; items
    /// without data are in <see cref="Coverage"/>, never listed with zeros.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> IndicatorTable(this CriticalProductsChapter chapter, int year, IEnumerable<string>? reporters = null,
        IEnumerable<string>? itemIds = null, TradeSourceChoice source = TradeSourceChoice.Auto)
    {
        var rs = (reporters ?? CriticalProductsChapter.StudyReporters).ToArray();
        var rows = new List<IndicatorRow>();
        foreach (var item in itemIds?.Select(chapter.Analysis.Items.Get) ?? chapter.ChartItems)
            foreach (var r in rs)
            {
                var c = chapter.Classification(r, item.Id, year, source, customsFallback: false);
                var x = c.Indicators;
                if (!x.HasData) continue;
                var p = c.Persistence;
                rows.Add(new IndicatorRow(x.Reporter, item.Id, string.Join("+", x.ProductsUsed), Millions(x.ImportsUsd), x.PartnerCount,
                    string.Join(" · ", x.Partners.Take(TopPartnersListed).Select(s => $"{s.Partner} {N(s.Share)}")), x.Top1Partner,
                    x.Top1Share, x.ChinaShare, x.ImportHhi, x.Unit == TradeValueUnit.Usd ? Millions(x.Exports) : null, x.ImportExportRatio, x.ImportExportRatioCapped,
                    x.WorldExportShare, x.WorldExportHhi, x.Rca, p?.DefensivePersistent, p?.OffensivePersistent));
            }
        return rows;
    }

    /// <summary>The rule's result for every chart item of a reporter with data (HS6 sources), with each test spelled out.</summary>
    public static IReadOnlyList<ClassificationRow> ClassificationTable(this CriticalProductsChapter chapter, string reporter, int year,
        IEnumerable<string>? itemIds = null, TradeSourceChoice source = TradeSourceChoice.Auto)
    {
        var rows = new List<ClassificationRow>();
        foreach (var item in itemIds?.Select(chapter.Analysis.Items.Get) ?? chapter.ChartItems)
        {
            var c = chapter.Classification(reporter, item.Id, year, source, customsFallback: false);
            if (c.Class == ItemClass.NoData) continue;
            var x = c.Indicators;
            rows.Add(new ClassificationRow(x.Reporter, item.Id, c.ClassText, c.Offensive, c.Defensive, x.WorldExportShare, x.Rca, x.Top1Share, x.ImportHhi,
                x.ImportExportRatio, TestsText(c), PriorText(chapter.PriorOf(item))));
        }
        return rows;
    }

    /// <summary>
    /// Every test of the rule with its number, threshold and outcome, e.g.
    /// "O: W 0.086 (≥ 0.2: no), RCA n/a · D: top-1 PHL 0.324 (≥ 0.5: no), HHI 0.264 (≥ 0.4: no), M/X 1.328 (&gt; 1: yes)".
    /// </summary>
    public static string TestsText(ItemClassification c)
    {
        if (c.Class == ItemClass.NoData) return $"no data: {c.Indicators.NoDataReason}";
        var rcaKnown = c.Criteria.Any(k => k.Indicator == "rca" && k.Value is not null);
        string Part(ClassificationCriterion k)
        {
            var label = k.Indicator switch
            {
                "worldExportShare" => "W",
                "rca" => "RCA",
                "worldExportHhi" => "world export HHI",
                "top1Share" => c.Indicators.Top1Partner is { } t ? $"top-1 {t}" : "top-1",
                "hhi" => "HHI",
                "importExportRatio" => "M/X",
                _ => k.Indicator,
            };
            if (k.Value is not { } v) return $"{label} n/a";
            var capped = k.Indicator == "importExportRatio" && c.Indicators.ImportExportRatioCapped ? " [no exports]" : "";
            var met = k.Met switch { true => "yes", false => "no", null => "n/a" };
            return $"{label} {N(v)}{capped} ({k.Comparison} {N(k.Threshold)}: {met})";
        }
        var o = c.Criteria.Where(k => k.Flag == "O" && (rcaKnown || k.Indicator != "worldExportHhi")).Select(Part);
        var d = c.Criteria.Where(k => k.Flag == "D").Select(Part);
        return $"O: {string.Join(", ", o)} · D: {string.Join(", ", d)}";
    }

    /// <summary>Prior comparisons as rows ("no data" reasons shortened as in <see cref="Coverage"/>).</summary>
    public static IReadOnlyList<PriorRow> ToRows(this IEnumerable<PriorComparison> comparisons) =>
        comparisons.Select(r => new PriorRow(r.ProductNumber, r.ProductName, PriorText(r.PriorGroup), r.ItemId, r.Classification.ClassText,
            r.Classification.Offensive, r.Classification.Defensive, r.Agrees,
            r.Classification.Class == ItemClass.NoData ? $"no data: {Short(r.Classification.Indicators)}" : r.Reason)).ToArray();

    /// <summary>"offensive", "defensive" or null.</summary>
    public static string? PriorText(PriorGroup? prior) => prior?.ToString().ToLowerInvariant();

    private static string EditionOf(string statement)
    {
        var end = statement.IndexOfAny([' ', '(', '.']);
        return end > 0 ? statement[..end] : statement;
    }

    private static double? Millions(double? v) => v / 1e6;

    /// <summary>Three decimals, or three significant digits below 0.01 so that a small share never reads 0.</summary>
    private static string N(double v) =>
        v != 0 && Math.Abs(v) < 0.01 ? v.ToString("G3", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
}
