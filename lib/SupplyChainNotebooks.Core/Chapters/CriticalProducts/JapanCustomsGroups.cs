using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>
/// Japan's own customs statistics for the MOF commodity groups that approximate specified products (integrated
/// circuits, electronic components, LNG, …): partner shares of the published Grand Total, in <b>billion JPY</b>, never
/// converted to USD and never mixed with the HS6 (BACI) indicators. Japan only: the statistics hold Japan's trade.
/// </summary>
public static class JapanCustomsGroups
{
    /// <summary>Customs groups of the item list, in item order, with the items each approximates.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<TradeItem> Items)> Groups(this CriticalProductsChapter chapter) =>
        chapter.Analysis.Items.Items.Where(i => i.CustomsGroup is not null)
            .GroupBy(i => i.CustomsGroup!, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<TradeItem>)g.ToArray()))
            .ToArray();

    /// <summary>True when Japan's customs file is in a data folder.</summary>
    public static bool HasCustoms(this CriticalProductsChapter chapter) => chapter.Analysis.Sources.Has(TradeSources.CustomsId);

    /// <summary>
    /// One row per customs group for <paramref name="year"/>: imports, exports (billion JPY), top supplier, China share,
    /// HHI and M/X; groups the extract holds exports of only carry the exports and the reason.
    /// </summary>
    /// <exception cref="Errors.DatasetNotFoundException">Japan's customs file is not in any data folder.</exception>
    public static IReadOnlyList<CustomsGroupRow> CustomsTable(this CriticalProductsChapter chapter, int year)
    {
        var set = chapter.Analysis.Sources.JapanCustoms();
        var rows = new List<CustomsGroupRow>();
        foreach (var (group, items) in chapter.Groups())
        {
            var names = string.Join(", ", items.Select(i => i.Id));
            var x = TradeIndicators.Compute(set, JapanCustomsReader.Reporter, items[0], year);
            if (x.HasData)
            {
                rows.Add(new CustomsGroupRow(group, names, Billions(x.ImportsJpy), Billions(x.Exports), x.PartnerCount, x.Top1Partner, x.Top1Share,
                    x.ChinaShare, x.ImportHhi, x.ImportExportRatio, x.ListedPartnerCoverage, null));
                continue;
            }
            var exports = ExportsOf(set, group, year);
            var reason = exports is not null && set.Years.Contains(year) ? "exports only in the customs extract" : x.NoDataReason;
            rows.Add(new CustomsGroupRow(group, names, null, Billions(exports), null, null, null, null, null, null, null, reason));
        }
        return rows;
    }

    /// <summary>
    /// Partner shares of Japan's imports of a customs group in every year of the file: the <paramref name="topPartners"/>
    /// largest suppliers over all years plus <paramref name="include"/> (China by default). A year without imports of
    /// the group gives null shares, never 0; a group with no imports in any year (exports only) gives no point.
    /// </summary>
    /// <param name="chapter">The chapter.</param>
    /// <param name="group">MOF commodity group.</param>
    /// <param name="topPartners">Largest suppliers over the years shown.</param>
    /// <param name="include">Partners always shown (default China).</param>
    /// <param name="fromYear">First year, or null for the file's first.</param>
    /// <param name="toYear">Last year, or null for the file's last (the mirror's last year is partial).</param>
    public static IReadOnlyList<CustomsPartnerPoint> CustomsPartnerSeries(this CriticalProductsChapter chapter, string group, int topPartners = 4,
        IEnumerable<string>? include = null, int? fromYear = null, int? toYear = null)
    {
        if (topPartners < 1) throw new ArgumentOutOfRangeException(nameof(topPartners), "at least one partner");
        var (_, items) = chapter.Groups().FirstOrDefault(g => g.Group == group);
        if (items is null)
            throw new Errors.UnknownLabelException("customs group", group, "trade_items.csv (customs_group)", chapter.Groups().Select(g => g.Group));
        var set = chapter.Analysis.Sources.JapanCustoms();
        var byYear = set.Years.Where(y => y >= (fromYear ?? int.MinValue) && y <= (toYear ?? int.MaxValue))
            .Select(y => TradeIndicators.Compute(set, JapanCustomsReader.Reporter, items[0], y)).ToArray();
        if (!byYear.Any(x => x.HasData && x.Imports is > 0)) return [];   // exports only in the extract: no import shares to draw
        var partners = byYear.Where(x => x.HasData).SelectMany(x => x.Partners)
            .GroupBy(p => p.Partner, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(p => p.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(topPartners).Select(g => g.Key)
            .Concat(include ?? [CountryCodes.China]).Distinct(StringComparer.Ordinal).ToArray();
        var points = new List<CustomsPartnerPoint>();
        foreach (var partner in partners)
            foreach (var x in byYear)
            {
                if (!x.HasData || x.Imports is not > 0)
                {
                    points.Add(new CustomsPartnerPoint(group, partner, x.Year, null, null));
                    continue;
                }
                var p = x.Partners.FirstOrDefault(s => s.Partner == partner);
                points.Add(new CustomsPartnerPoint(group, partner, x.Year, p?.Share ?? 0.0, Billions(p?.Value ?? 0.0)));
            }
        return points;
    }

    private static double? ExportsOf(TradeFlowSet set, string group, int year)
    {
        if (set.ReportedExportTotals.TryGetValue((year, JapanCustomsReader.Reporter, group), out var total)) return total;
        var listed = set.FlowsOf(year, group).Where(f => f.Exporter == JapanCustomsReader.Reporter).ToArray();
        return listed.Length == 0 ? null : listed.Sum(f => f.Value);
    }

    private static double? Billions(double? jpy) => jpy / 1e9;
}
