namespace SupplyChainNotebooks.Charts;

/// <summary>Heat maps (e.g. pair PTFs source × sink); undefined cells (null) are left blank, never coloured as 0.</summary>
public static class HeatMapChart
{
    /// <summary>A heat map of <paramref name="values"/>[row, column].</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="columnAxis">x axis (columns).</param>
    /// <param name="rowAxis">y axis (rows).</param>
    /// <param name="valueAxis">What the colour means, with unit (colour-bar title).</param>
    /// <param name="columns">Column labels.</param>
    /// <param name="rows">Row labels.</param>
    /// <param name="values">Values, rows × columns; null = undefined.</param>
    /// <param name="valueFormat">d3 format of values in the hover text.</param>
    /// <param name="cellText">Optional text written in each cell (e.g. the value, or "no data" for an undefined cell); null = none.</param>
    /// <param name="valueRange">Optional fixed colour range (e.g. 0–1 for shares), so that colours compare across charts.</param>
    public static ProjectChart Create(string title, Axis columnAxis, Axis rowAxis, Axis valueAxis, IReadOnlyList<string> columns,
        IReadOnlyList<string> rows, double?[,] values, string valueFormat = ".4g", string?[,]? cellText = null, (double Min, double Max)? valueRange = null)
    {
        if (values.GetLength(0) != rows.Count || values.GetLength(1) != columns.Count)
            throw new ArgumentException($"values are {values.GetLength(0)}×{values.GetLength(1)} but there are {rows.Count} rows and {columns.Count} columns");
        if (cellText is not null && (cellText.GetLength(0) != rows.Count || cellText.GetLength(1) != columns.Count))
            throw new ArgumentException($"cell text is {cellText.GetLength(0)}×{cellText.GetLength(1)} but there are {rows.Count} rows and {columns.Count} columns");
        if (valueRange is { } range && !(range.Min < range.Max)) throw new ArgumentException($"colour range {range.Min}–{range.Max} is empty", nameof(valueRange));
        valueAxis.Validated("colour");
        var z = new object?[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            z[r] = new object?[columns.Count];
            for (var c = 0; c < columns.Count; c++) z[r][c] = values[r, c] is { } v && double.IsFinite(v) ? v : null;
        }
        string[][]? text = null;
        if (cellText is not null)
        {
            text = new string[rows.Count][];
            for (var r = 0; r < rows.Count; r++)
            {
                text[r] = new string[columns.Count];
                for (var c = 0; c < columns.Count; c++) text[r][c] = ChartTraces.Text(cellText[r, c] ?? "");
            }
        }
        // Undefined cells (z = null) are not drawn by plotly, so their text (e.g. "no data") goes into a text-only layer.
        var gapText = text is null ? null : GapLayer(columns, rows, z, text);
        var trace = ChartTraces.New("heatmap",
            ("x", columns.ToArray()),
            ("y", rows.ToArray()),
            ("z", z),
            ("text", text),
            ("texttemplate", text is null ? null : "%{text}"),
            ("textfont", text is null ? null : new Dictionary<string, object> { ["size"] = 11 }),
            ("zmin", valueRange?.Min),
            ("zmax", valueRange?.Max),
            ("colorscale", ChartTheme.SequentialScale),
            ("hoverongaps", false),
            ("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = valueAxis.Title, ["side"] = "right" } }),
            ("hovertemplate", $"{ChartTraces.Text(rowAxis.Label)}: %{{y}}<br>{ChartTraces.Text(columnAxis.Label)}: %{{x}}<br>{ChartTraces.Text(valueAxis.Label)}: %{{z:{valueFormat}}} {ChartTraces.Text(valueAxis.Unit)}<extra></extra>"));
        var chart = ChartTraces.Combine(gapText is null ? [trace] : [trace, gapText]);
        ChartTheme.Apply(chart, title, columnAxis, rowAxis, Math.Max(ChartTheme.DefaultHeight, 22 * rows.Count + 200), legend: false);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        var yaxis = ChartTheme.AxisStyle(rowAxis);
        yaxis["autorange"] = "reversed";
        layout.SetProperty("yaxis", yaxis);
        return new ProjectChart(chart, title);
    }

    private static Plotly.NET.Trace? GapLayer(IReadOnlyList<string> columns, IReadOnlyList<string> rows, object?[][] z, string[][] text)
    {
        var xs = new List<string>();
        var ys = new List<string>();
        var ts = new List<string>();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                if (z[r][c] is null && text[r][c].Length > 0)
                {
                    xs.Add(columns[c]);
                    ys.Add(rows[r]);
                    ts.Add(text[r][c]);
                }
        if (xs.Count == 0) return null;
        return ChartTraces.New("scatter",
            ("name", "undefined cells"),
            ("mode", "text"),
            ("x", xs.ToArray()),
            ("y", ys.ToArray()),
            ("text", ts.ToArray()),
            ("textfont", new Dictionary<string, object> { ["size"] = 10, ["color"] = "#777777" }),
            ("showlegend", false),
            ("hovertemplate", "%{y} · %{x}: %{text}<extra></extra>"));
    }
}
