namespace SupplyChainNotebooks.Charts;

/// <summary>One line of a <see cref="LineChart"/>.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="X">x values.</param>
/// <param name="Y">y values (null = gap).</param>
/// <param name="Dashed">Dashed line (e.g. a reference value).</param>
/// <param name="Markers">Draw markers.</param>
public sealed record LineSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double?> Y, bool Dashed = false, bool Markers = true);

/// <summary>Lines over a numeric x axis (convergence plots, sensitivities); optional logarithmic axes.</summary>
public static class LineChart
{
    /// <summary>
    /// Lines with hover text; <paramref name="logX"/>/<paramref name="logY"/> switch an axis to log scale,
    /// <paramref name="reverseX"/> lets x decrease to the right (e.g. a threshold that shrinks).
    /// </summary>
    public static ProjectChart Create(string title, Axis x, Axis y, IReadOnlyList<LineSeries> series, bool logX = false, bool logY = false,
        string valueFormat = ".6g", bool reverseX = false)
    {
        if (series.Count == 0) throw new ArgumentException("no series", nameof(series));
        foreach (var s in series)
            if (s.X.Count != s.Y.Count) throw new ArgumentException($"series '{s.Name}' has {s.X.Count} x and {s.Y.Count} y values");
        var traces = series.Select(s => ChartTraces.New("scatter",
            ("name", s.Name),
            ("mode", s.Markers ? "lines+markers" : "lines"),
            ("x", s.X.ToArray()),
            ("y", ChartTraces.Values(s.Y)),
            ("line", s.Dashed ? new Dictionary<string, object> { ["dash"] = "dash" } : null),
            ("hovertemplate", $"<b>%{{fullData.name}}</b><br>{ChartTraces.Text(x.Label)}: %{{x:.4g}} {ChartTraces.Text(x.Unit)}<br>{ChartTraces.Text(y.Label)}: %{{y:{valueFormat}}} {ChartTraces.Text(y.Unit)}<extra></extra>")));
        var chart = ChartTraces.Combine(traces);
        ChartTheme.Apply(chart, title, x, y, legend: series.Count > 1);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        var ax = ChartTheme.AxisStyle(x);
        if (logX) ax["type"] = "log";
        if (reverseX) ax["autorange"] = "reversed";
        layout.SetProperty("xaxis", ax);
        if (logY) { var ay = ChartTheme.AxisStyle(y); ay["type"] = "log"; layout.SetProperty("yaxis", ay); }
        return new ProjectChart(chart, title);
    }
}
