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

    /// <summary>Approximate plot width in pixels for which label widths are estimated.</summary>
    private const double PlotWidthPixels = 1000;

    /// <summary>Approximate width of one label character at the label font size, in pixels.</summary>
    private const double CharacterPixels = 6.2;

    /// <summary>
    /// Markers with labels on a date axis; hover shows the label, date and detail of every event. Labels are placed above
    /// or below their marker so that they do not overlap within a track (greedy, in date order, from the label length);
    /// an event whose label fits in neither place keeps its marker and hover text only.
    /// </summary>
    public static ProjectChart Create(string title, IReadOnlyList<TimelineEvent> events, Axis trackAxis)
    {
        if (events.Count == 0) throw new ArgumentException("no events", nameof(events));
        var first = events.Min(e => e.Date).DayNumber;
        var span = Math.Max(30, events.Max(e => e.Date).DayNumber - first) * 1.1;   // the axis pads its range a little
        var traces = events.GroupBy(e => e.Track).Select(g =>
        {
            var list = g.OrderBy(e => e.Date).ToArray();
            var positions = LabelPositions(list, span);
            return ChartTraces.New("scatter",
                ("name", g.Key),
                ("mode", "markers+text"),
                ("x", list.Select(e => e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray()),
                ("y", list.Select(e => e.Track).ToArray()),
                ("text", list.Select((e, i) => positions[i] is null ? "" : ChartTraces.Text(e.Label)).ToArray()),
                ("textposition", positions.Select(p => p ?? "top center").ToArray()),
                ("hovertext", list.Select(e => ChartTraces.Text(e.Label)).ToArray()),
                ("textfont", new Dictionary<string, object> { ["size"] = 10 }),
                ("marker", new Dictionary<string, object> { ["size"] = 11, ["symbol"] = "diamond" }),
                ("customdata", list.Select(e => ChartTraces.Text(e.Detail ?? "")).ToArray()),
                ("hovertemplate", "<b>%{hovertext}</b><br>%{x|%Y-%m-%d}<br>%{customdata}<extra>%{fullData.name}</extra>"));
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

    /// <summary>
    /// For events of one track in date order: "top center", "bottom center" or null (no label) so that no two labels on
    /// the same side overlap, with label widths estimated in days from the character count and the axis span.
    /// </summary>
    internal static string?[] LabelPositions(IReadOnlyList<TimelineEvent> ordered, double spanDays)
    {
        var daysPerPixel = spanDays / PlotWidthPixels;
        string[] sides = ["top center", "bottom center"];
        var freeFrom = new[] { double.NegativeInfinity, double.NegativeInfinity };  // where each side's last label ends
        var result = new string?[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var half = (ordered[i].Label.Length * CharacterPixels + 8) * daysPerPixel / 2;
            var centre = ordered[i].Date.DayNumber;
            for (var side = 0; side < sides.Length; side++)
            {
                if (centre - half < freeFrom[side]) continue;
                result[i] = sides[side];
                freeFrom[side] = centre + half;
                break;
            }
        }
        return result;
    }
}
