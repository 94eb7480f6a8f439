namespace SupplyChainNotebooks.Charts;

/// <summary>One line of a time-series chart.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="Years">Calendar years.</param>
/// <param name="Values">One value per year (null = undefined, drawn as a gap).</param>
/// <param name="Group">Group the dropdown of <see cref="TimeSeriesChart.ByGroup"/> selects (e.g. the item), or null.</param>
/// <param name="Color">Optional line colour (CSS); default from the theme palette.</param>
public sealed record TimeSeries(string Name, IReadOnlyList<int> Years, IReadOnlyList<double?> Values, string? Group = null, string? Color = null);

/// <summary>Lines over calendar years, with a dropdown to show all series or one at a time.</summary>
public static class TimeSeriesChart
{
    /// <summary>The year axis.</summary>
    public static Axis YearAxis { get; } = new("Year", "calendar year");

    /// <summary>Lines with markers; with <paramref name="dropdown"/> a menu selects "all" or a single series.</summary>
    public static ProjectChart Lines(string title, Axis valueAxis, IReadOnlyList<TimeSeries> series, bool dropdown = true, string valueFormat = ".4g")
    {
        if (series.Count == 0) throw new ArgumentException("no series", nameof(series));
        foreach (var s in series)
            if (s.Years.Count != s.Values.Count) throw new ArgumentException($"series '{s.Name}' has {s.Years.Count} years and {s.Values.Count} values");
        var traces = series.Select(s => ChartTraces.New("scatter",
            ("name", s.Name),
            ("mode", "lines+markers"),
            ("x", s.Years.ToArray()),
            ("y", ChartTraces.Values(s.Values)),
            ("connectgaps", false),
            ("hovertemplate", $"<b>%{{fullData.name}}</b><br>Year: %{{x}}<br>{ChartTraces.Text(valueAxis.Label)}: %{{y:{valueFormat}}} {ChartTraces.Text(valueAxis.Unit)}<extra></extra>")));
        var chart = ChartTraces.Combine(traces);
        ChartTheme.Apply(chart, title, YearAxis, valueAxis, legend: true);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        var x = ChartTheme.AxisStyle(YearAxis);
        x["tickformat"] = "d";
        layout.SetProperty("xaxis", x);
        if (dropdown && series.Count > 1)
        {
            var buttons = new List<Dictionary<string, object>>
            {
                Button("All series", series.Select(_ => true).ToArray()),
            };
            buttons.AddRange(series.Select((s, i) => Button(s.Name, series.Select((_, k) => k == i).ToArray())));
            layout.SetProperty("updatemenus", new object[]
            {
                new Dictionary<string, object>
                {
                    ["type"] = "dropdown", ["active"] = 0, ["x"] = 1.0, ["xanchor"] = "right", ["y"] = 1.12, ["yanchor"] = "top",
                    ["buttons"] = buttons.ToArray(),
                },
            });
        }
        return new ProjectChart(chart, title);
    }

    /// <summary>
    /// Lines in groups (e.g. one group per item with a line per country): a dropdown shows one group at a time, starting
    /// with <paramref name="initialGroup"/> (default: the first). Every series needs a <see cref="TimeSeries.Group"/>.
    /// </summary>
    public static ProjectChart ByGroup(string title, Axis valueAxis, IReadOnlyList<TimeSeries> series, string? initialGroup = null,
        string valueFormat = ".4g", (double Min, double Max)? valueRange = null)
    {
        if (series.Count == 0) throw new ArgumentException("no series", nameof(series));
        foreach (var s in series)
        {
            if (s.Group is null) throw new ArgumentException($"series '{s.Name}' has no group", nameof(series));
            if (s.Years.Count != s.Values.Count) throw new ArgumentException($"series '{s.Name}' has {s.Years.Count} years and {s.Values.Count} values");
        }
        var groups = series.Select(s => s.Group!).Distinct(StringComparer.Ordinal).ToArray();
        var first = initialGroup ?? groups[0];
        if (!groups.Contains(first, StringComparer.Ordinal))
            throw new ArgumentException($"initial group '{first}' is not one of {string.Join(", ", groups)}", nameof(initialGroup));
        var traces = series.Select(s => ChartTraces.New("scatter",
            ("name", s.Name),
            ("mode", "lines+markers"),
            ("x", s.Years.ToArray()),
            ("y", ChartTraces.Values(s.Values)),
            ("connectgaps", false),
            ("visible", s.Group == first),
            ("line", s.Color is null ? null : new Dictionary<string, object> { ["color"] = s.Color }),
            ("marker", s.Color is null ? null : new Dictionary<string, object> { ["color"] = s.Color }),
            ("hovertemplate", $"<b>{ChartTraces.Text(s.Group!)}</b> · %{{fullData.name}}<br>Year: %{{x}}<br>{ChartTraces.Text(valueAxis.Label)}: %{{y:{valueFormat}}} {ChartTraces.Text(valueAxis.Unit)}<extra></extra>")));
        var chart = ChartTraces.Combine(traces);
        ChartTheme.Apply(chart, title, YearAxis, valueAxis, legend: true);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        var x = ChartTheme.AxisStyle(YearAxis);
        x["tickformat"] = "d";
        layout.SetProperty("xaxis", x);
        if (valueRange is { } range)
        {
            var y = ChartTheme.AxisStyle(valueAxis);
            y["range"] = new[] { range.Min, range.Max };
            layout.SetProperty("yaxis", y);
        }
        layout.SetProperty("updatemenus", new object[]
        {
            new Dictionary<string, object>
            {
                ["type"] = "dropdown", ["active"] = Array.IndexOf(groups, first), ["x"] = 1.0, ["xanchor"] = "right", ["y"] = 1.12, ["yanchor"] = "top",
                ["buttons"] = groups.Select(g => Button(g, series.Select(s => s.Group == g).ToArray())).ToArray(),
            },
        });
        return new ProjectChart(chart, title);
    }

    private static Dictionary<string, object> Button(string label, bool[] visible) => new()
    {
        ["label"] = label,
        ["method"] = "restyle",
        ["args"] = new object[] { new Dictionary<string, object> { ["visible"] = visible } },
    };
}
