using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>What one reporter's HS6 indicators say over the chart items (the numbers the notebook's discussion quotes).</summary>
/// <param name="Reporter">Importer.</param>
/// <param name="Year">Year.</param>
/// <param name="ItemsWithData">Chart items with indicators.</param>
/// <param name="ItemsWithoutData">Chart items the data do not cover.</param>
/// <param name="ChinaTopSupplier">Items whose largest supplier is China.</param>
/// <param name="ChinaShareAtLeastFlag">Items where China's share is at least <paramref name="ChinaShareFlag"/>.</param>
/// <param name="ChinaShareFlag">The China-share flag (methodology §4.2 I3: 0.5).</param>
/// <param name="MostConcentratedItem">Item with the highest import HHI, or null.</param>
/// <param name="MostConcentratedHhi">Its HHI.</param>
/// <param name="MostConcentratedTop1">Its largest supplier.</param>
/// <param name="MostConcentratedTop1Share">That supplier's share.</param>
/// <param name="Classes">Count of items per class text (offensive, defensive, both, monitor, undetermined).</param>
public sealed record ReporterFindings(string Reporter, int Year, int ItemsWithData, int ItemsWithoutData, IReadOnlyList<string> ChinaTopSupplier,
    IReadOnlyList<string> ChinaShareAtLeastFlag, double ChinaShareFlag, string? MostConcentratedItem, double? MostConcentratedHhi,
    string? MostConcentratedTop1, double? MostConcentratedTop1Share, IReadOnlyDictionary<string, int> Classes)
{
    /// <summary>Items of a class (0 when none).</summary>
    public int Count(ItemClass c) => Classes.GetValueOrDefault(c.ToText());
}

/// <summary>Summary numbers of chapter 4 for the notebook's discussion (computed, never typed in).</summary>
public static class ChapterFindings
{
    /// <summary>The findings of one reporter over the chart items (HS6 data only).</summary>
    public static ReporterFindings Findings(this CriticalProductsChapter chapter, string reporter, int year, TradeSourceChoice source = TradeSourceChoice.Auto,
        double chinaShareFlag = 0.5)
    {
        var all = chapter.ChartItems.Select(i => chapter.Classification(reporter, i.Id, year, source, customsFallback: false)).ToArray();
        var with = all.Where(c => c.Class != ItemClass.NoData).ToArray();
        var xs = with.Select(c => c.Indicators).ToArray();
        var top = xs.Where(x => x.ImportHhi is not null).OrderByDescending(x => x.ImportHhi).ThenBy(x => x.Item.Id, StringComparer.Ordinal).FirstOrDefault();
        return new ReporterFindings(
            all.Length > 0 ? all[0].Indicators.Reporter : CountryCodes.Normalise(reporter), year, with.Length, all.Length - with.Length,
            xs.Where(x => x.Top1Partner == CountryCodes.China).Select(x => x.Item.Id).ToArray(),
            xs.Where(x => x.ChinaShare >= chinaShareFlag).Select(x => x.Item.Id).ToArray(),
            chinaShareFlag, top?.Item.Id, top?.ImportHhi, top?.Top1Partner, top?.Top1Share,
            with.GroupBy(c => c.ClassText).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>The distinct reasons why RCA is null over the chart items with data (empty when RCA is computed everywhere).</summary>
    public static IReadOnlyList<string> RcaReasons(this CriticalProductsChapter chapter, int year, IEnumerable<string>? reporters = null,
        TradeSourceChoice source = TradeSourceChoice.Auto) =>
        (reporters ?? CriticalProductsChapter.StudyReporters)
            .SelectMany(r => chapter.ChartItems.Select(i => chapter.Classification(r, i.Id, year, source, customsFallback: false).Indicators))
            .Where(x => x.HasData && x.Rca is null && x.RcaReason is not null)
            .Select(x => x.RcaReason!).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The first and last years with a defined China share in a series (null when the series has none).</summary>
    public static (ChinaSharePoint First, ChinaSharePoint Last)? Ends(this ChinaShareChartData data, string itemId, string reporter)
    {
        var points = data.Points.Where(p => p.ItemId == itemId && p.Reporter == CountryCodes.Normalise(reporter) && p.ChinaShare is not null)
            .OrderBy(p => p.Year).ToArray();
        return points.Length == 0 ? null : (points[0], points[^1]);
    }

    /// <summary>
    /// China's share of two reporters' imports item by item (items where both have a defined share): where
    /// <paramref name="a"/>'s is higher, where <paramref name="b"/>'s is, and where China is the largest supplier of both.
    /// </summary>
    public static ChinaShareContrast ContrastChinaShares(this IEnumerable<IndicatorRow> rows, string a, string b)
    {
        a = CountryCodes.Normalise(a);
        b = CountryCodes.Normalise(b);
        var list = rows as IReadOnlyList<IndicatorRow> ?? rows.ToArray();
        var pairs = list.Where(r => r.Reporter == a && r.ChinaShare is not null)
            .Join(list.Where(r => r.Reporter == b && r.ChinaShare is not null), r => r.Item, r => r.Item, (ra, rb) => (A: ra, B: rb), StringComparer.Ordinal)
            .ToArray();
        return new ChinaShareContrast(a, b, pairs.Length,
            pairs.Where(p => p.A.ChinaShare > p.B.ChinaShare).Select(p => p.A.Item).ToArray(),
            pairs.Where(p => p.B.ChinaShare > p.A.ChinaShare).Select(p => p.A.Item).ToArray(),
            pairs.Where(p => p.A.Top1Partner == CountryCodes.China && p.B.Top1Partner == CountryCodes.China).Select(p => p.A.Item).ToArray());
    }
}

/// <summary>China's share of two reporters' imports compared item by item.</summary>
/// <param name="A">First reporter.</param>
/// <param name="B">Second reporter.</param>
/// <param name="Compared">Items where both shares are defined.</param>
/// <param name="AHigher">Items where China's share is higher for <paramref name="A"/>.</param>
/// <param name="BHigher">Items where it is higher for <paramref name="B"/>.</param>
/// <param name="ChinaTopForBoth">Items whose largest supplier is China for both.</param>
public sealed record ChinaShareContrast(string A, string B, int Compared, IReadOnlyList<string> AHigher, IReadOnlyList<string> BHigher, IReadOnlyList<string> ChinaTopForBoth);
