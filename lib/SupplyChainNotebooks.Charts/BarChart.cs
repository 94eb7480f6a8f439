namespace SupplyChainNotebooks.Charts;

/// <summary>One series of a bar chart; null values (undefined, "n/a") leave a gap, never a zero bar.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="Values">One value per category (null = undefined).</param>
/// <param name="Hover">Optional extra hover line per category.</param>
/// <param name="Color">Optional colour (CSS); default from the theme palette.</param>
/// <param name="Text">Optional label per category written inside the bar (hidden where it does not fit).</param>
public sealed record BarSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<string>? Hover = null, string? Color = null,
    IReadOnlyList<string?>? Text = null);

/// <summary>Grouped and stacked bar charts with the project theme, axis titles with units and hover text.</summary>
public static class BarChart
{
    /// <summary>Bars of several series side by side per category.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="categoryAxis">Axis of the categories (e.g. industries).</param>
    /// <param name="valueAxis">Axis of the values with their unit.</param>
    /// <param name="categories">Category labels.</param>
    /// <param name="series">Series, each with one value per category.</param>
    /// <param name="horizontal">Horizontal bars (long category labels, rankings).</param>
    /// <param name="valueFormat">d3 number format of values in the hover text.</param>
    public static ProjectChart Grouped(string title, Axis categoryAxis, Axis valueAxis, IReadOnlyList<string> categories,
        IReadOnlyList<BarSeries> series, bool horizontal = false, string valueFormat = ".4g") =>
        Build(title, categoryAxis, valueAxis, categories, series, horizontal, "group", valueFormat);

    /// <summary>Bars of several series stacked per category (e.g. appearances by country).</summary>
    public static ProjectChart Stacked(string title, Axis categoryAxis, Axis valueAxis, IReadOnlyList<string> categories,
        IReadOnlyList<BarSeries> series, bool horizontal = false, string valueFormat = ".4g") =>
        Build(title, categoryAxis, valueAxis, categories, series, horizontal, "stack", valueFormat);

    private static ProjectChart Build(string title, Axis categoryAxis, Axis valueAxis, IReadOnlyList<string> categories,
        IReadOnlyList<BarSeries> series, bool horizontal, string mode, string valueFormat)
    {
        if (series.Count == 0) throw new ArgumentException("a bar chart needs at least one series", nameof(series));
        foreach (var s in series)
            if (s.Values.Count != categories.Count || (s.Text is not null && s.Text.Count != categories.Count))
                throw new ArgumentException($"series '{s.Name}' has {s.Values.Count} values and {s.Text?.Count} labels for {categories.Count} categories", nameof(series));
        var (c, v) = horizontal ? ("y", "x") : ("x", "y");
        var traces = series.Select(s => ChartTraces.New("bar",
            ("name", s.Name),
            (c, categories.ToArray()),
            (v, ChartTraces.Values(s.Values)),
            ("orientation", horizontal ? "h" : "v"),
            ("customdata", s.Hover?.Select(ChartTraces.Text).ToArray()),
            ("marker", s.Color is null ? null : new Dictionary<string, object> { ["color"] = s.Color }),
            ("text", s.Text?.Select(t => ChartTraces.Text(t ?? "")).ToArray()),
            ("textposition", s.Text is null ? null : "inside"),
            ("insidetextanchor", s.Text is null ? null : "middle"),
            ("hovertemplate",
                $"<b>%{{fullData.name}}</b><br>{ChartTraces.Text(categoryAxis.Label)}: %{{{c}}}<br>{ChartTraces.Text(valueAxis.Label)}: %{{{v}:{valueFormat}}} {ChartTraces.Text(valueAxis.Unit)}"
                + (s.Hover is null ? "" : "<br>%{customdata}") + "<extra></extra>")));
        var chart = ChartTraces.Combine(traces);
        var height = horizontal ? Math.Max(ChartTheme.DefaultHeight, 28 * categories.Count * (mode == "group" ? Math.Max(1, series.Count / 2) : 1) + 160) : ChartTheme.DefaultHeight;
        ChartTheme.Apply(chart, title, horizontal ? valueAxis : categoryAxis, horizontal ? categoryAxis : valueAxis, height, legend: series.Count > 1);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        layout.SetProperty("barmode", mode);
        if (series.Any(s => s.Text is not null))
            layout.SetProperty("uniformtext", new Dictionary<string, object> { ["minsize"] = 9, ["mode"] = "hide" });
        if (horizontal)
        {
            var yaxis = ChartTheme.AxisStyle(categoryAxis);
            yaxis["autorange"] = "reversed";
            layout.SetProperty("yaxis", yaxis);
        }
        return new ProjectChart(chart, title);
    }
}
