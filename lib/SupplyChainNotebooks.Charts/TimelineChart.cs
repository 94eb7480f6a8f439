using System.Globalization;

namespace SupplyChainNotebooks.Charts;

/// <summary>An event on a timeline (e.g. a law promulgated, an export control announced).</summary>
/// <param name="Date">When.</param>
/// <param name="Label">Short label drawn next to the marker.</param>
/// <param name="Track">Row of the timeline (e.g. "Japan", "Korea").</param>
/// <param name="Detail">Longer text shown on hover (e.g. the source).</param>
public sealed record TimelineEvent(DateOnly Date, string Label, string Track, string? Detail = null);

/// <summary>Events on a date axis, one row per track.</summary>
public static class TimelineChart
{
    /// <summary>The date axis.</summary>
    public static Axis DateAxis { get; } = new("Date", "calendar date");

    /// <summary>Markers with labels on a date axis; hover shows the date and detail.</summary>
    public static ProjectChart Create(string title, IReadOnlyList<TimelineEvent> events, Axis trackAxis)
    {
        if (events.Count == 0) throw new ArgumentException("no events", nameof(events));
        var traces = events.GroupBy(e => e.Track).Select(g =>
        {
            var list = g.OrderBy(e => e.Date).ToArray();
            return ChartTraces.New("scatter",
                ("name", g.Key),
                ("mode", "markers+text"),
                ("x", list.Select(e => e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray()),
                ("y", list.Select(e => e.Track).ToArray()),
                ("text", list.Select(e => ChartTraces.Text(e.Label)).ToArray()),
                ("textposition", list.Select((_, i) => i % 2 == 0 ? "top center" : "bottom center").ToArray()),
                ("textfont", new Dictionary<string, object> { ["size"] = 10 }),
                ("marker", new Dictionary<string, object> { ["size"] = 11, ["symbol"] = "diamond" }),
                ("customdata", list.Select(e => ChartTraces.Text(e.Detail ?? "")).ToArray()),
                ("hovertemplate", "<b>%{text}</b><br>%{x|%Y-%m-%d}<br>%{customdata}<extra>%{fullData.name}</extra>"));
        }).ToArray();
        var chart = ChartTraces.Combine(traces);
        var tracks = events.Select(e => e.Track).Distinct().Count();
        ChartTheme.Apply(chart, title, DateAxis, trackAxis, Math.Max(360, 110 * tracks + 160), legend: false);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        var x = ChartTheme.AxisStyle(DateAxis);
        x["type"] = "date";
        layout.SetProperty("xaxis", x);
        return new ProjectChart(chart, title);
    }
}
