using System.Globalization;

namespace SupplyChainNotebooks.Charts;

/// <summary>The values of one year for every category of a <see cref="YearSliderChart"/>.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Values">One value per category (null = undefined).</param>
public sealed record YearValues(int Year, IReadOnlyList<double?> Values);

/// <summary>Bar charts with a year slider: one set of bars per year, the slider shows one year at a time.</summary>
public static class YearSliderChart
{
    /// <summary>Bars per category with a slider over the years (starts at the last year).</summary>
    public static ProjectChart Bars(string title, Axis categoryAxis, Axis valueAxis, IReadOnlyList<string> categories,
        IReadOnlyList<YearValues> years, bool horizontal = false, string valueFormat = ".4g")
    {
        if (years.Count == 0) throw new ArgumentException("no years", nameof(years));
        var ordered = years.OrderBy(y => y.Year).ToArray();
        foreach (var y in ordered)
            if (y.Values.Count != categories.Count)
                throw new ArgumentException($"year {y.Year} has {y.Values.Count} values for {categories.Count} categories", nameof(years));
        var (c, v) = horizontal ? ("y", "x") : ("x", "y");
        var last = ordered.Length - 1;
        var traces = ordered.Select((y, i) => ChartTraces.New("bar",
            ("name", y.Year.ToString(CultureInfo.InvariantCulture)),
            (c, categories.ToArray()),
            (v, ChartTraces.Values(y.Values)),
            ("orientation", horizontal ? "h" : "v"),
            ("visible", i == last),
            ("marker", new Dictionary<string, object> { ["color"] = ChartTheme.Palette[0] }),
            ("hovertemplate", $"<b>%{{fullData.name}}</b><br>{ChartTraces.Text(categoryAxis.Label)}: %{{{c}}}<br>{ChartTraces.Text(valueAxis.Label)}: %{{{v}:{valueFormat}}} {ChartTraces.Text(valueAxis.Unit)}<extra></extra>")));
        var chart = ChartTraces.Combine(traces);
        var height = horizontal ? Math.Max(ChartTheme.DefaultHeight, 26 * categories.Count + 220) : ChartTheme.DefaultHeight + 80;
        ChartTheme.Apply(chart, title, horizontal ? valueAxis : categoryAxis, horizontal ? categoryAxis : valueAxis, height, legend: false);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        if (horizontal)
        {
            var yaxis = ChartTheme.AxisStyle(categoryAxis);
            yaxis["autorange"] = "reversed";
            layout.SetProperty("yaxis", yaxis);
        }
        // Fixed value range over all years, so bars are comparable while sliding.
        var all = ordered.SelectMany(y => y.Values).Where(x => x is { } d && double.IsFinite(d)).Select(x => x!.Value).ToArray();
        if (all.Length > 0)
        {
            var axis = ChartTheme.AxisStyle(valueAxis);
            axis["range"] = new[] { Math.Min(0, all.Min()) * 1.05, Math.Max(0, all.Max()) * 1.05 };
            layout.SetProperty(horizontal ? "xaxis" : "yaxis", axis);
        }
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 70, ["r"] = 30, ["t"] = 60, ["b"] = 120 });
        layout.SetProperty("sliders", new object[]
        {
            new Dictionary<string, object>
            {
                ["active"] = last,
                ["currentvalue"] = new Dictionary<string, object> { ["prefix"] = "Year: " },
                ["pad"] = new Dictionary<string, object> { ["t"] = 50 },
                ["steps"] = ordered.Select((y, i) => new Dictionary<string, object>
                {
                    ["label"] = y.Year.ToString(CultureInfo.InvariantCulture),
                    ["method"] = "restyle",
                    ["args"] = new object[] { new Dictionary<string, object> { ["visible"] = ordered.Select((_, k) => k == i).ToArray() } },
                }).ToArray(),
            },
        });
        return new ProjectChart(chart, title);
    }
}
