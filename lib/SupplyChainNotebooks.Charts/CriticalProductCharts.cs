using System.Globalization;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// Chapter 4's charts from the chapter's chart data: the concentration matrix (heat map), partner-share stacked bars,
/// the offensive–defensive quadrant and the China-share / customs partner-share time series. Undefined values are never
/// drawn as 0: "no data" cells are labelled, missing years are gaps.
/// </summary>
public static class CriticalProductCharts
{
    /// <summary>Colour of China's segments and lines.</summary>
    public const string ChinaColor = ChartTheme.RiskColor;

    /// <summary>Colour of the "Other" segment.</summary>
    public const string OtherColor = "#c8c8c8";

    /// <summary>Partner colours other than China's (Okabe–Ito without the risk colour, then Paul Tol's muted scheme).</summary>
    public static IReadOnlyList<string> PartnerPalette { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#332288", "#117733", "#44AA99", "#88CCEE", "#DDCC77", "#AA4499", "#882255", "#999933"];

    /// <summary>Colours of the rule's classes.</summary>
    public static IReadOnlyDictionary<string, string> ClassColors { get; } = new Dictionary<string, string>
    {
        ["offensive"] = "#0072B2", ["defensive"] = "#D55E00", ["both"] = "#CC79A7", ["monitor"] = "#7f7f7f", ["undetermined"] = "#E69F00",
    };

    /// <summary>
    /// Items × (reporter × {HHI, China share}) heat map on one 0–1 colour scale, values written in the cells; rows are
    /// the items with data for at least one reporter, "no data" / "no imports" cells are labelled, not coloured.
    /// </summary>
    public static ProjectChart ConcentrationMatrix(string title, IReadOnlyList<ConcentrationCell> cells)
    {
        var reporters = cells.Select(c => c.Reporter).Distinct(StringComparer.Ordinal).ToArray();
        var items = cells.Where(c => c.HasData).Select(c => c.ItemId).Distinct(StringComparer.Ordinal).ToArray();
        if (items.Length == 0) throw new ArgumentException("no item has data", nameof(cells));
        var columns = reporters.SelectMany(r => new[] { $"{r} HHI", $"{r} China share" }).ToArray();
        var values = new double?[items.Length, columns.Length];
        var text = new string?[items.Length, columns.Length];
        for (var i = 0; i < items.Length; i++)
            for (var r = 0; r < reporters.Length; r++)
            {
                var cell = cells.FirstOrDefault(c => c.ItemId == items[i] && c.Reporter == reporters[r]);
                var pair = new[] { cell?.ImportHhi, cell?.ChinaShare };
                for (var k = 0; k < 2; k++)
                {
                    values[i, 2 * r + k] = pair[k];
                    text[i, 2 * r + k] = pair[k] is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : cell is { HasData: true } ? "no imports" : "no data";
                }
            }
        return HeatMapChart.Create(title, new Axis("Reporter and indicator", "HHI: Σ s², China share: s_CHN"), new Axis("Item", "trade item id"),
            new Axis("HHI or China share", "0–1"), columns, items, values, ".3f", text, (0.0, 1.0));
    }

    /// <summary>
    /// Horizontal stacked bars, one per item × reporter: the top suppliers' shares and "Other", one trace per partner
    /// (China in the risk colour), the partner code written inside each segment wide enough to hold it.
    /// </summary>
    public static ProjectChart PartnerShares(string title, PartnerShareChartData data)
    {
        if (data.Bars.Count == 0) throw new ArgumentException("no bars: no item has imports", nameof(data));
        var categories = data.Bars.Select(b => Category(b.ItemId, b.Reporter)).Distinct(StringComparer.Ordinal).ToArray();
        var partners = data.Bars.Where(b => b.Partner != "Other").GroupBy(b => b.Partner, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(b => b.Share)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        if (data.Bars.Any(b => b.Partner == "Other")) partners.Add("Other");
        var palette = 0;
        var series = partners.Select(p =>
        {
            var bars = categories.Select(c => data.Bars.FirstOrDefault(b => Category(b.ItemId, b.Reporter) == c && b.Partner == p)).ToArray();
            var color = p == CountryCodes.China ? ChinaColor : p == "Other" ? OtherColor : PartnerPalette[palette++ % PartnerPalette.Count];
            return new BarSeries(p, bars.Select(b => b?.Share).ToArray(),
                Hover: bars.Select(b => b is null ? "" : $"{b.Partner}: {Money(b.Value, b.Unit)}").ToArray(),
                Color: color, Text: bars.Select(b => b?.Partner).ToArray());
        }).ToArray();
        var chart = BarChart.Stacked(title, new Axis("Item · importer", "trade item id · ISO3"), new Axis("Share of the importer's imports of the item", "0–1"),
            categories, series, horizontal: true, valueFormat: ".3f");
        // Dozens of partners: the codes written in the segments (and the hover) name them; a legend would only repeat them.
        Plotly.NET.GenericChart.getLayout(chart.Chart).SetProperty("showlegend", false);
        return chart;
    }

    /// <summary>
    /// World export share (log x) against import HHI (y) with the rule's thresholds as dashed lines, one colour per class;
    /// items whose world export share is 0 are named under the plot.
    /// </summary>
    public static ProjectChart Quadrant(string title, QuadrantChartData q)
    {
        var points = q.Points.Select(p => new LabelledPoint(p.ItemId, p.WorldExportShare, p.ImportHhi, p.Class.ToText(),
            $"class {p.Class.ToText()} (O {Flag(p.Offensive)}, D {Flag(p.Defensive)}); top-1 share {ChartTheme.Number(p.Top1Share, "0.000")}; prior {p.PriorGroup?.ToString().ToLowerInvariant() ?? "none"}")).ToArray();
        return QuadrantChart.Create(title,
            new Axis($"{q.Reporter}'s world export share W", "0–1, log scale"), new Axis($"{q.Reporter}'s import concentration HHI", "0–1"),
            points, q.WorldExportShareThreshold, q.ImportHhiThreshold,
            new QuadrantNames("concentrated imports, small exporter", "concentrated imports, large exporter", "diversified imports, small exporter", "diversified imports, large exporter"),
            logX: true, yRange: (0, 1.12), colors: ClassColors);
    }

    /// <summary>China's share of imports per year, one line per reporter, a dropdown per item (gaps where the file has no flow).</summary>
    public static ProjectChart ChinaShare(string title, ChinaShareChartData data, string? initialItem = null)
    {
        if (data.Points.Count == 0) throw new ArgumentException("no point", nameof(data));
        var from = data.Points.Min(p => p.Year);
        var to = data.Points.Max(p => p.Year);
        var years = Enumerable.Range(from, to - from + 1).ToArray();
        var reporters = data.Points.Select(p => p.Reporter).Distinct(StringComparer.Ordinal).ToArray();
        var series = data.Points.GroupBy(p => (p.ItemId, p.Reporter)).Select(g =>
        {
            var byYear = g.ToDictionary(p => p.Year);
            return new TimeSeries(g.Key.Reporter, years, years.Select(y => byYear.TryGetValue(y, out var p) ? p.ChinaShare : null).ToArray(), g.Key.ItemId,
                PartnerPalette[Array.IndexOf(reporters, g.Key.Reporter) % PartnerPalette.Count]);
        }).ToArray();
        var first = initialItem is not null && series.Any(s => s.Group == initialItem) ? initialItem : null;
        return TimeSeriesChart.ByGroup(title, new Axis("China's share of imports", "0–1, top flows (truncated)"), series, first, ".3f", (0, 1.05));
    }

    /// <summary>Partner shares of Japan's imports of customs groups per year (JPY basis), a dropdown per group.</summary>
    public static ProjectChart CustomsPartners(string title, IReadOnlyList<CustomsPartnerPoint> points, string? initialGroup = null)
    {
        if (points.Count == 0) throw new ArgumentException("no point", nameof(points));
        var palette = new Dictionary<string, int>(StringComparer.Ordinal);
        var series = points.GroupBy(p => (p.Group, p.Partner)).Select(g =>
        {
            string color = ChinaColor;
            if (g.Key.Partner != CountryCodes.China)
            {
                var next = palette.GetValueOrDefault(g.Key.Group);
                palette[g.Key.Group] = next + 1;
                color = PartnerPalette[next % PartnerPalette.Count];
            }
            var ordered = g.OrderBy(p => p.Year).ToArray();
            return new TimeSeries(g.Key.Partner, ordered.Select(p => p.Year).ToArray(), ordered.Select(p => p.Share).ToArray(), g.Key.Group, color);
        }).ToArray();
        return TimeSeriesChart.ByGroup(title, new Axis("Share of imports", "0–1, JPY basis"), series, initialGroup, ".3f", (0, 1.05));
    }

    /// <summary>HTML number formats of chapter 4's table columns: shares and HHIs to 3 decimals, money to 1 (CSV: full precision).</summary>
    public static IReadOnlyDictionary<string, string> ColumnFormats { get; } = new Dictionary<string, string>
    {
        ["Top1Share"] = "F3", ["ChinaShare"] = "F3", ["ImportHhi"] = "F3", ["WorldExportShare"] = "G3", ["WorldExportHhi"] = "F3", ["Rca"] = "F2",
        ["ImportExportRatio"] = "0.###", ["ImportsMusd"] = "N1", ["ExportsMusd"] = "N1", ["ImportsJpyBn"] = "N1", ["ExportsJpyBn"] = "N1",
        ["ListedCoverage"] = "F3",
    };

    /// <summary>A result table of chapter 4's rows with <see cref="ColumnFormats"/> applied to the columns the row type has.</summary>
    public static ResultTable Table<T>(IEnumerable<T> rows, string title)
    {
        var names = typeof(T).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return ResultTable.Of(rows, title, ColumnFormats.Where(kv => names.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    private static string Category(string item, string reporter) => $"{item} · {reporter}";

    private static string Flag(bool? f) => f switch { true => "yes", false => "no", null => "n/a" };

    private static string Money(double value, string unit) => unit == "JPY"
        ? (value / 1e9).ToString("N1", CultureInfo.InvariantCulture) + " bn JPY"
        : (value / 1e6).ToString("N1", CultureInfo.InvariantCulture) + " M USD";
}
