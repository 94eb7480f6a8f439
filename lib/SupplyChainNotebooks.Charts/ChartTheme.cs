using System.Globalization;
using Plotly.NET;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// The project's chart look: white background, light grid, Liberation Sans (installed with Chromium on Debian), a
/// colour-blind-safe palette (Okabe–Ito), title top-left, legend below, hover labels that name the series. Applied by
/// every helper through <see cref="Apply"/>.
/// </summary>
public static class ChartTheme
{
    /// <summary>Okabe–Ito palette (safe for the common colour-vision deficiencies).</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>Highlight colour for the risk region (China in the KIEP configuration).</summary>
    public const string RiskColor = "#D55E00";

    /// <summary>Colour of fitted lines.</summary>
    public const string FitColor = "#B2182B";

    /// <summary>Font stack.</summary>
    public const string FontFamily = "Liberation Sans, Arial, Helvetica, sans-serif";

    /// <summary>Default chart height in pixels (width follows the page).</summary>
    public const int DefaultHeight = 480;

    /// <summary>Sequential colour scale for heat maps (light to dark blue).</summary>
    public static object[][] SequentialScale { get; } =
        [[0.0, "#f7fbff"], [0.25, "#c6dbef"], [0.5, "#6baed6"], [0.75, "#2171b5"], [1.0, "#08306b"]];

    /// <summary>Sets the theme, title and axis titles on a chart's layout (replacing Plotly.NET's default template and fixed size).</summary>
    public static void Apply(GenericChart chart, string title, Axis? x, Axis? y, int height = DefaultHeight, bool legend = true)
    {
        var layout = GenericChart.getLayout(chart);
        layout.RemoveProperty("width");
        layout.RemoveProperty("template");
        layout.SetProperty("height", height);
        layout.SetProperty("autosize", true);
        layout.SetProperty("title", new Dictionary<string, object>
        {
            ["text"] = title, ["x"] = 0.01, ["xanchor"] = "left", ["font"] = new Dictionary<string, object> { ["size"] = 16 },
        });
        layout.SetProperty("font", new Dictionary<string, object> { ["family"] = FontFamily, ["size"] = 12, ["color"] = "#222222" });
        layout.SetProperty("paper_bgcolor", "#ffffff");
        layout.SetProperty("plot_bgcolor", "#ffffff");
        layout.SetProperty("colorway", Palette.ToArray());
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("hoverlabel", new Dictionary<string, object> { ["font"] = new Dictionary<string, object> { ["family"] = FontFamily } });
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 70, ["r"] = 30, ["t"] = 60, ["b"] = 70 });
        layout.SetProperty("showlegend", legend);
        layout.SetProperty("legend", new Dictionary<string, object> { ["orientation"] = "h", ["y"] = -0.2, ["x"] = 0 });
        if (x is not null) layout.SetProperty("xaxis", AxisStyle(x.Validated("x")));
        if (y is not null) layout.SetProperty("yaxis", AxisStyle(y.Validated("y")));
    }

    /// <summary>Style of one cartesian axis with its title.</summary>
    public static Dictionary<string, object> AxisStyle(Axis axis) => new()
    {
        ["title"] = new Dictionary<string, object> { ["text"] = axis.Title },
        ["gridcolor"] = "#e6e6e6",
        ["zerolinecolor"] = "#999999",
        ["linecolor"] = "#444444",
        ["showline"] = true,
        ["automargin"] = true,
    };

    /// <summary>Number in invariant culture with the given format (for hover text built in C#).</summary>
    public static string Number(double? value, string format = "G6") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
