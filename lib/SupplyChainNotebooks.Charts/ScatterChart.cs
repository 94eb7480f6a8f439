namespace SupplyChainNotebooks.Charts;

/// <summary>A labelled point of a scatter chart.</summary>
/// <param name="Label">Label drawn next to the point and shown on hover (e.g. the sink industry).</param>
/// <param name="X">x value.</param>
/// <param name="Y">y value.</param>
/// <param name="Group">Legend group (e.g. country); points of one group share a colour.</param>
/// <param name="Hover">Extra hover line.</param>
public sealed record LabelledPoint(string Label, double X, double Y, string? Group = null, string? Hover = null);

/// <summary>Scatter charts with labelled points and an OLS line (e.g. frequency vs volume per sink, methodology §1.7).</summary>
public static class ScatterChart
{
    /// <summary>Points (one trace per group) with text labels and, when <paramref name="fit"/>, the OLS line over all points.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="x">x axis with unit.</param>
    /// <param name="y">y axis with unit.</param>
    /// <param name="points">Points; non-finite coordinates are left out (and counted in the hover of the fit).</param>
    /// <param name="fit">Draw the least-squares line.</param>
    /// <param name="labels">Draw the labels next to the points (hover shows them anyway).</param>
    public static ProjectChart WithFit(string title, Axis x, Axis y, IReadOnlyList<LabelledPoint> points, bool fit = true, bool labels = true)
    {
        var valid = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToArray();
        var traces = new List<Plotly.NET.Trace>();
        foreach (var group in valid.GroupBy(p => p.Group ?? "points"))
        {
            var g = group.ToArray();
            traces.Add(ChartTraces.New("scatter",
                ("name", group.Key),
                ("mode", labels ? "markers+text" : "markers"),
                ("x", g.Select(p => p.X).ToArray()),
                ("y", g.Select(p => p.Y).ToArray()),
                ("text", g.Select(p => ChartTraces.Text(p.Label)).ToArray()),
                ("textposition", "top center"),
                ("textfont", new Dictionary<string, object> { ["size"] = 10 }),
                ("marker", new Dictionary<string, object> { ["size"] = 9, ["opacity"] = 0.85 }),
                ("customdata", g.Select(p => ChartTraces.Text(p.Hover ?? "")).ToArray()),
                ("hovertemplate", $"<b>%{{text}}</b><br>{ChartTraces.Text(x.Label)}: %{{x:.4g}} {ChartTraces.Text(x.Unit)}<br>{ChartTraces.Text(y.Label)}: %{{y:.4g}} {ChartTraces.Text(y.Unit)}<br>%{{customdata}}<extra>%{{fullData.name}}</extra>")));
        }
        LinearFit? line = fit ? LinearFit.Of(valid.Select(p => p.X).ToArray(), valid.Select(p => p.Y).ToArray()) : null;
        if (line is not null)
        {
            var lo = valid.Min(p => p.X);
            var hi = valid.Max(p => p.X);
            traces.Add(ChartTraces.New("scatter",
                ("name", "OLS: " + line),
                ("mode", "lines"),
                ("x", new[] { lo, hi }),
                ("y", new[] { line.Predict(lo), line.Predict(hi) }),
                ("line", new Dictionary<string, object> { ["color"] = ChartTheme.FitColor, ["width"] = 2 }),
                ("hovertemplate", $"OLS fit over {line.Count} points<br>{ChartTraces.Text(y.Label)} = %{{y:.4g}} at {ChartTraces.Text(x.Label)} = %{{x:.4g}}<extra></extra>")));
        }
        var chart = ChartTraces.Combine(traces);
        ChartTheme.Apply(chart, title, x, y, legend: true);
        return new ProjectChart(chart, title);
    }
}
