using System.Globalization;

namespace SupplyChainNotebooks.Charts;

/// <summary>Names written in the four quadrants of a <see cref="QuadrantChart"/> (null = none).</summary>
/// <param name="TopLeft">Low x, high y.</param>
/// <param name="TopRight">High x, high y.</param>
/// <param name="BottomLeft">Low x, low y.</param>
/// <param name="BottomRight">High x, low y.</param>
public sealed record QuadrantNames(string? TopLeft, string? TopRight, string? BottomLeft, string? BottomRight);

/// <summary>
/// A labelled scatter split into four quadrants by a threshold on each axis (dashed guide lines, optional quadrant
/// names), e.g. world export share against import concentration. One trace per point group; the guide lines are
/// layout shapes, not traces. On a logarithmic x axis points with x ≤ 0 cannot be drawn: they are named in a note
/// under the plot instead of being dropped silently.
/// </summary>
public static class QuadrantChart
{
    /// <summary>The chart.</summary>
    /// <param name="title">Title.</param>
    /// <param name="x">x axis with unit.</param>
    /// <param name="y">y axis with unit.</param>
    /// <param name="points">Points (non-finite coordinates are left out and named in the note).</param>
    /// <param name="xThreshold">Vertical guide.</param>
    /// <param name="yThreshold">Horizontal guide.</param>
    /// <param name="names">Quadrant names, or null.</param>
    /// <param name="logX">Logarithmic x axis.</param>
    /// <param name="yRange">Fixed y range, or null for automatic.</param>
    /// <param name="colors">Colour per group (CSS), or null for the theme palette.</param>
    public static ProjectChart Create(string title, Axis x, Axis y, IReadOnlyList<LabelledPoint> points, double xThreshold, double yThreshold,
        QuadrantNames? names = null, bool logX = false, (double Min, double Max)? yRange = null, IReadOnlyDictionary<string, string>? colors = null)
    {
        if (logX && !(xThreshold > 0)) throw new ArgumentException("a log x axis needs a positive threshold", nameof(xThreshold));
        bool Drawable(LabelledPoint p) => double.IsFinite(p.X) && double.IsFinite(p.Y) && (!logX || p.X > 0);
        var drawn = points.Where(Drawable).ToArray();
        var left = points.Where(p => !Drawable(p)).ToArray();
        if (drawn.Length == 0) throw new ArgumentException("no point can be drawn", nameof(points));
        var traces = drawn.GroupBy(p => p.Group ?? "points").Select(g => ChartTraces.New("scatter",
            ("name", g.Key),
            ("mode", "markers+text"),
            ("x", g.Select(p => p.X).ToArray()),
            ("y", g.Select(p => p.Y).ToArray()),
            ("text", g.Select(p => ChartTraces.Text(p.Label)).ToArray()),
            ("textposition", "middle right"),
            ("textfont", new Dictionary<string, object> { ["size"] = 10 }),
            ("cliponaxis", false),
            ("marker", colors is not null && colors.TryGetValue(g.Key, out var c)
                ? new Dictionary<string, object> { ["size"] = 10, ["color"] = c, ["line"] = new Dictionary<string, object> { ["width"] = 1, ["color"] = "#ffffff" } }
                : new Dictionary<string, object> { ["size"] = 10 }),
            ("customdata", g.Select(p => ChartTraces.Text(p.Hover ?? "")).ToArray()),
            ("hovertemplate", $"<b>%{{text}}</b><br>{ChartTraces.Text(x.Label)}: %{{x:.4g}} {ChartTraces.Text(x.Unit)}<br>{ChartTraces.Text(y.Label)}: %{{y:.4g}} {ChartTraces.Text(y.Unit)}<br>%{{customdata}}<extra>%{{fullData.name}}</extra>")))
            .ToArray();
        var chart = ChartTraces.Combine(traces);
        ChartTheme.Apply(chart, title, x, y, height: 560, legend: true);
        var layout = Plotly.NET.GenericChart.getLayout(chart);

        var xs = drawn.Select(p => p.X).Append(xThreshold).ToArray();
        var xAxis = ChartTheme.AxisStyle(x);
        if (logX)
        {
            xAxis["type"] = "log";
            xAxis["dtick"] = 1;
            xAxis["exponentformat"] = "power";   // 10⁻⁴ rather than SI prefixes (100µ), which read wrongly for shares
            // Plotly's log-axis range is in powers of ten; the right margin leaves room for the labels of the right-most points.
            xAxis["range"] = new[] { Math.Floor(Math.Log10(xs.Min())) - 0.1, Math.Log10(xs.Max()) + 0.35 };
        }
        else
        {
            var lo = Math.Min(0, xs.Min());
            xAxis["range"] = new[] { lo, xs.Max() + 0.15 * (xs.Max() - lo) };
        }
        layout.SetProperty("xaxis", xAxis);
        var ys = drawn.Select(p => p.Y).Append(yThreshold).ToArray();
        var (yLo, yHi) = yRange ?? (Math.Min(0, ys.Min()), ys.Max() * 1.05);
        var yAxis = ChartTheme.AxisStyle(y);
        yAxis["range"] = new[] { yLo, yHi };
        layout.SetProperty("yaxis", yAxis);

        var dash = new Dictionary<string, object> { ["color"] = "#555555", ["width"] = 1.5, ["dash"] = "dash" };
        layout.SetProperty("shapes", new object[]
        {
            new Dictionary<string, object> { ["type"] = "line", ["xref"] = "x", ["yref"] = "paper", ["x0"] = xThreshold, ["x1"] = xThreshold, ["y0"] = 0, ["y1"] = 1, ["line"] = dash },
            new Dictionary<string, object> { ["type"] = "line", ["xref"] = "paper", ["yref"] = "y", ["x0"] = 0, ["x1"] = 1, ["y0"] = yThreshold, ["y1"] = yThreshold, ["line"] = dash },
        });
        var annotations = new List<Dictionary<string, object>>
        {
            Note(xThreshold, "x", 1.0, "paper", $"{x.Label} = {Format(xThreshold)}", "left", "top"),
            Note(1.0, "paper", yThreshold, "y", $"{y.Label} = {Format(yThreshold)}", "right", "bottom"),
        };
        if (names is not null)
        {
            void Corner(string? text, double px, double py, string xanchor, string yanchor)
            {
                if (text is not null) annotations.Add(CornerNote(text, px, py, xanchor, yanchor));
            }
            Corner(names.TopLeft, 0.01, 0.99, "left", "top");
            Corner(names.TopRight, 0.99, 0.99, "right", "top");
            Corner(names.BottomLeft, 0.01, 0.01, "left", "bottom");
            Corner(names.BottomRight, 0.99, 0.01, "right", "bottom");
        }
        if (left.Length > 0)
        {
            var why = logX ? $"{x.Label} ≤ 0 cannot be drawn on the log axis" : "undefined coordinates";
            annotations.Add(new Dictionary<string, object>
            {
                ["text"] = ChartTraces.Text($"Not drawn ({why}): {string.Join(", ", left.Select(p => p.Label))}"),
                ["xref"] = "paper", ["yref"] = "paper", ["x"] = 0, ["y"] = -0.16, ["xanchor"] = "left", ["yanchor"] = "top", ["showarrow"] = false,
                ["font"] = new Dictionary<string, object> { ["size"] = 11, ["color"] = "#555555" },
            });
        }
        layout.SetProperty("annotations", annotations.ToArray());
        layout.SetProperty("legend", new Dictionary<string, object> { ["orientation"] = "h", ["y"] = -0.24, ["x"] = 0 });
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 70, ["r"] = 30, ["t"] = 60, ["b"] = 110 });
        return new ProjectChart(chart, title);
    }

    private static Dictionary<string, object> Note(double x, string xref, double y, string yref, string text, string xanchor, string yanchor) => new()
    {
        ["text"] = ChartTraces.Text(text), ["x"] = x, ["xref"] = xref, ["y"] = y, ["yref"] = yref, ["xanchor"] = xanchor, ["yanchor"] = yanchor,
        ["showarrow"] = false, ["font"] = new Dictionary<string, object> { ["size"] = 10, ["color"] = "#555555" },
    };

    private static Dictionary<string, object> CornerNote(string text, double x, double y, string xanchor, string yanchor) => new()
    {
        ["text"] = "<i>" + ChartTraces.Text(text) + "</i>", ["x"] = x, ["xref"] = "paper", ["y"] = y, ["yref"] = "paper", ["xanchor"] = xanchor, ["yanchor"] = yanchor,
        ["showarrow"] = false, ["font"] = new Dictionary<string, object> { ["size"] = 12, ["color"] = "#888888" },
    };

    private static string Format(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
