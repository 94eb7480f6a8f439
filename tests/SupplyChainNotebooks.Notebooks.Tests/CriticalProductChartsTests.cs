using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Charts;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>Chapter 4's charts and the generic helpers they use: labelled heat-map cells, bar labels, grouped series, quadrants.</summary>
public sealed class CriticalProductChartsTests
{
    private static readonly Axis Share = new("Share", "0–1");

    private static JsonNode Figure(ProjectChart chart) => JsonNode.Parse(chart.FigureJson().Replace("<\\/", "</"))!;

    private static ConcentrationCell Cell(string item, string reporter, double? hhi, double? china, bool hasData = true) =>
        new(item, item, reporter, 2024, hasData, hhi, china, null, null, null, "USD", "HS6", hasData ? null : "not in the extract");

    [Fact]
    public void Heat_map_writes_cell_text_and_labels_undefined_cells_in_a_text_layer()
    {
        var values = new double?[,] { { 0.5, null } };
        var text = new string?[,] { { "0.50", "no data" } };
        var figure = Figure(HeatMapChart.Create("t", Share, Share, Share, ["a", "b"], ["r"], values, cellText: text, valueRange: (0, 1)));
        var data = figure["data"]!.AsArray();
        Assert.Equal(2, data.Count);
        Assert.Equal("%{text}", (string?)data[0]!["texttemplate"]);
        Assert.Equal((0.0, 1.0), ((double)data[0]!["zmin"]!, (double)data[0]!["zmax"]!));
        Assert.Equal("text", (string?)data[1]!["mode"]);
        Assert.Equal(["b"], data[1]!["x"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(["no data"], data[1]!["text"]!.AsArray().Select(x => (string?)x));
        Assert.Single(Figure(HeatMapChart.Create("t", Share, Share, Share, ["a"], ["r"], new double?[,] { { 0.5 } }, cellText: new string?[,] { { "0.5" } }))["data"]!.AsArray());
        Assert.Throws<ArgumentException>(() => HeatMapChart.Create("t", Share, Share, Share, ["a"], ["r"], new double?[,] { { 0.5 } }, valueRange: (1, 0)));
    }

    [Fact]
    public void Concentration_matrix_has_a_row_per_item_with_data_and_labels_the_rest()
    {
        var cells = new[]
        {
            Cell("magnets", "KOR", 0.776, 0.874), Cell("magnets", "JPN", 0.264, 0.276),
            Cell("gallium", "KOR", 0.856, 0.924), Cell("gallium", "JPN", null, null),
            Cell("chips", "KOR", null, null, hasData: false), Cell("chips", "JPN", null, null, hasData: false),
        };
        var chart = CriticalProductCharts.ConcentrationMatrix("t", cells);
        var data = Figure(chart)["data"]!.AsArray();
        Assert.Equal(2, chart.TraceCount);                                      // heat map + the layer naming the undefined cells
        Assert.Equal(["magnets", "gallium"], data[0]!["y"]!.AsArray().Select(y => (string?)y));
        Assert.Equal(["KOR HHI", "KOR China share", "JPN HHI", "JPN China share"], data[0]!["x"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(0.874, (double)data[0]!["z"]![0]![1]!);
        Assert.Null(data[0]!["z"]![1]![2]);
        Assert.Equal(["no imports", "no imports"], data[1]!["text"]!.AsArray().Select(x => (string?)x));
    }

    [Fact]
    public void Partner_bars_have_one_trace_per_partner_with_china_in_the_risk_colour_and_no_legend()
    {
        var data = new PartnerShareChartData(2024,
        [
            new("magnets", "m", "KOR", 2024, 1, "CHN", 0.874, 268.7e6, "USD"), new("magnets", "m", "KOR", 2024, 2, "Other", 0.126, 38.8e6, "USD"),
            new("magnets", "m", "JPN", 2024, 1, "PHL", 0.324, 184e6, "USD"), new("magnets", "m", "JPN", 2024, 2, "CHN", 0.276, 157e6, "USD"),
            new("magnets", "m", "JPN", 2024, 3, "Other", 0.4, 227.8e6, "USD"),
        ], []);
        var chart = CriticalProductCharts.PartnerShares("t", data);
        var figure = Figure(chart);
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["CHN", "PHL", "Other"], traces.Select(t => (string?)t!["name"]));   // by summed share, Other last
        Assert.Equal(CriticalProductCharts.ChinaColor, (string?)traces[0]!["marker"]!["color"]);
        Assert.Equal(CriticalProductCharts.OtherColor, (string?)traces[2]!["marker"]!["color"]);
        Assert.Equal(["magnets · KOR", "magnets · JPN"], traces[0]!["y"]!.AsArray().Select(y => (string?)y));
        Assert.Null(traces[1]!["x"]![0]);                                       // PHL does not supply Korea here: a gap, not 0
        Assert.Equal("PHL", (string?)traces[1]!["text"]![1]);
        Assert.Contains("184.0 M USD", (string?)traces[1]!["customdata"]![1]);
        Assert.False((bool)figure["layout"]!["showlegend"]!);
        Assert.Equal("hide", (string?)figure["layout"]!["uniformtext"]!["mode"]);
    }

    [Fact]
    public void Grouped_series_show_one_group_at_a_time()
    {
        var chart = TimeSeriesChart.ByGroup("t", Share,
        [
            new TimeSeries("KOR", [2002, 2003], [0.5, null], "magnets"), new TimeSeries("JPN", [2002, 2003], [0.4, 0.3], "magnets"),
            new TimeSeries("KOR", [2002, 2003], [0.9, 0.95], "graphite"),
        ], initialGroup: "graphite");
        var figure = Figure(chart);
        Assert.Equal([false, false, true], figure["data"]!.AsArray().Select(t => (bool)t!["visible"]!));
        Assert.Null(figure["data"]![0]!["y"]![1]);
        var menu = figure["layout"]!["updatemenus"]![0]!;
        Assert.Equal(["magnets", "graphite"], menu["buttons"]!.AsArray().Select(b => (string?)b!["label"]));
        Assert.Equal(1, (int)menu["active"]!);
        Assert.Equal([true, true, false], menu["buttons"]![0]!["args"]![0]!["visible"]!.AsArray().Select(v => (bool)v!));
        Assert.Throws<ArgumentException>(() => TimeSeriesChart.ByGroup("t", Share, [new TimeSeries("x", [2002], [0.1])]));
        Assert.Throws<ArgumentException>(() => TimeSeriesChart.ByGroup("t", Share, [new TimeSeries("x", [2002], [0.1], "g")], initialGroup: "h"));
    }

    [Fact]
    public void Quadrant_draws_thresholds_as_shapes_and_names_points_a_log_axis_cannot_show()
    {
        var points = new[]
        {
            new LabelledPoint("titanium", 0.34, 0.65, "both"), new LabelledPoint("magnets", 0.086, 0.264, "defensive"),
            new LabelledPoint("tungsten", 0.06, 0.99, "defensive"), new LabelledPoint("beryllium", 0, 0.66, "defensive"),
        };
        var chart = QuadrantChart.Create("t", new Axis("W", "0–1"), new Axis("HHI", "0–1"), points, 0.2, 0.4, logX: true, yRange: (0, 1.12),
            colors: CriticalProductCharts.ClassColors);
        var figure = Figure(chart);
        Assert.Equal(2, chart.TraceCount);                                      // one trace per class
        Assert.Equal(["magnets", "tungsten"], figure["data"]![1]!["text"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("log", (string?)figure["layout"]!["xaxis"]!["type"]);
        var shapes = figure["layout"]!["shapes"]!.AsArray();
        Assert.Equal(0.2, (double)shapes[0]!["x0"]!);
        Assert.Equal(0.4, (double)shapes[1]!["y0"]!);
        var notes = figure["layout"]!["annotations"]!.AsArray().Select(a => (string?)a!["text"]).ToArray();
        Assert.Contains(notes, n => n!.Contains("Not drawn", StringComparison.Ordinal) && n.EndsWith("beryllium", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => QuadrantChart.Create("t", Share, Share, [new LabelledPoint("z", 0, 0.5)], 0.2, 0.4, logX: true));
    }

    [Fact]
    public void Tables_apply_column_formats_and_wrap_long_texts()
    {
        var rows = new[] { new PriorRow(3, "Permanent magnets", "defensive", "permanent-magnets", "defensive", false, true, true, new string('x', 80)) };
        var html = ResultTable.Of(rows, "t").ToHtml();
        Assert.Matches(new Regex("max-width:36em\">x{80}<"), html);
        Assert.DoesNotContain("max-width:36em\">Permanent magnets<", html);
        Assert.Throws<ArgumentException>(() => ResultTable.Of(rows, "t", new Dictionary<string, string> { ["Nope"] = "F3" }));
        var indicators = new[] { new IndicatorRow("KOR", "permanent-magnets", "850511", 307.5, 51, "CHN 0.874", "CHN", 0.8739, 0.8739, 0.77624, 35.7, 8.615, false, 0.0000716, 0.4, null, true, false) };
        Assert.Contains(">308<", ResultTable.Of(indicators, "t", new Dictionary<string, string> { ["ImportsMusd"] = "F0" }).ToHtml());
        var table = CriticalProductCharts.Table(indicators, "t").ToHtml();
        Assert.Contains(">0.874<", table);
        Assert.Contains(">0.776<", table);
        Assert.Contains(">7.16E-05<", table);                                   // small world export shares never read 0
    }
}
