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
    public static ProjectChart Create(string title, Axis columnAxis, Axis rowAxis, Axis valueAxis, IReadOnlyList<string> columns,
        IReadOnlyList<string> rows, double?[,] values, string valueFormat = ".4g")
    {
        if (values.GetLength(0) != rows.Count || values.GetLength(1) != columns.Count)
            throw new ArgumentException($"values are {values.GetLength(0)}×{values.GetLength(1)} but there are {rows.Count} rows and {columns.Count} columns");
        valueAxis.Validated("colour");
        var z = new object?[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            z[r] = new object?[columns.Count];
            for (var c = 0; c < columns.Count; c++) z[r][c] = values[r, c] is { } v && double.IsFinite(v) ? v : null;
        }
        var trace = ChartTraces.New("heatmap",
            ("x", columns.ToArray()),
            ("y", rows.ToArray()),
            ("z", z),
            ("colorscale", ChartTheme.SequentialScale),
            ("hoverongaps", false),
            ("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = valueAxis.Title, ["side"] = "right" } }),
            ("hovertemplate", $"{ChartTraces.Text(rowAxis.Label)}: %{{y}}<br>{ChartTraces.Text(columnAxis.Label)}: %{{x}}<br>{ChartTraces.Text(valueAxis.Label)}: %{{z:{valueFormat}}} {ChartTraces.Text(valueAxis.Unit)}<extra></extra>"));
        var chart = ChartTraces.Combine([trace]);
        ChartTheme.Apply(chart, title, columnAxis, rowAxis, Math.Max(ChartTheme.DefaultHeight, 22 * rows.Count + 200), legend: false);
        var layout = Plotly.NET.GenericChart.getLayout(chart);
        var yaxis = ChartTheme.AxisStyle(rowAxis);
        yaxis["autorange"] = "reversed";
        layout.SetProperty("yaxis", yaxis);
        return new ProjectChart(chart, title);
    }
}
