using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Charts;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>Chart helpers, tables and prose: titles and units enforced, undefined values never drawn or shown as 0, strings escaped.</summary>
public sealed class ChartsTests
{
    private static readonly Axis Industry = new("Industry", "WIOD code");
    private static readonly Axis Ptf = new("PTF of CHN", "expected appearances");

    private static JsonNode Figure(ProjectChart chart) => JsonNode.Parse(chart.FigureJson().Replace("<\\/", "</"))!;

    [Fact]
    public void Coefficient_diagnostics_show_one_line_when_fine_and_a_warning_box_with_the_worst_columns_otherwise()
    {
        var fine = NotebookDisplay.ToHtml(SupplyChainNotebooks.Model.CoefficientDiagnostics.Of(SupplyChainNotebooks.Model.TutorialWorlds.ThreeCountry(), estimateSpectralRadius: true));
        Assert.Contains("Coefficient check passed", fine);
        Assert.DoesNotContain("scn-warning", fine);
        // Column of "<i>X" sums to 1.2 (inputs 6 for output 5): named, escaped, with its sum.
        var heavy = SupplyChainNotebooks.Model.MrioTable.Create("heavy", null, SupplyChainNotebooks.Model.TableSource.InMemory("heavy"),
            [new SupplyChainNotebooks.Model.NodeLabel("<i>X", "A"), new SupplyChainNotebooks.Model.NodeLabel("KOR", "B")],
            new double[,] { { 1, 1 }, { 5, 1 } }, [new SupplyChainNotebooks.Model.FinalDemandColumn("KOR", "HFCE")], new double[,] { { 3 }, { 4 } }, [5.0, 10.0]);
        var html = NotebookDisplay.ToHtml(SupplyChainNotebooks.Model.CoefficientDiagnostics.Of(heavy));
        Assert.Contains("scn-warning", html);
        Assert.Contains("1 column(s) of A sum to ≥ 1 (worst: &lt;i&gt;X_A 1.2000)", html);
        Assert.Contains("<td", html);
        Assert.DoesNotContain("<i>X", html);
        Assert.Contains(typeof(SupplyChainNotebooks.Model.CoefficientDiagnostics), NotebookDisplay.HtmlTypes);
    }

    [Fact]
    public void Bars_keep_undefined_values_as_gaps_and_name_the_unit_on_hover()
    {
        var chart = BarChart.Grouped("t", Industry, Ptf, ["C24", "C30T33"], [new BarSeries("KOR", [0.5, null])]);
        var trace = Figure(chart)["data"]![0]!;
        Assert.Equal(0.5, (double)trace["y"]![0]!);
        Assert.Null(trace["y"]![1]);
        Assert.Contains("expected appearances", (string?)trace["hovertemplate"]);
        Assert.Equal("PTF of CHN (expected appearances)", (string?)Figure(chart)["layout"]!["yaxis"]!["title"]!["text"]);
        Assert.Equal("Industry (WIOD code)", (string?)Figure(chart)["layout"]!["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void An_axis_without_unit_or_a_chart_without_title_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BarChart.Grouped("t", Industry, new Axis("PTF", " "), ["a"], [new BarSeries("s", [1.0])]));
        Assert.Throws<ArgumentException>(() => BarChart.Grouped(" ", Industry, Ptf, ["a"], [new BarSeries("s", [1.0])]));
        Assert.Throws<ArgumentException>(() => BarChart.Grouped("t", Industry, Ptf, ["a", "b"], [new BarSeries("s", [1.0])]));
    }

    [Fact]
    public void Stacked_bars_set_the_stack_mode_and_horizontal_bars_swap_axes()
    {
        var chart = BarChart.Stacked("t", Industry, Ptf, ["a", "b"], [new BarSeries("x", [1.0, 2.0]), new BarSeries("y", [3.0, 4.0])], horizontal: true);
        var figure = Figure(chart);
        Assert.Equal("stack", (string?)figure["layout"]!["barmode"]);
        Assert.Equal("h", (string?)figure["data"]![0]!["orientation"]);
        Assert.Equal("Industry (WIOD code)", (string?)figure["layout"]!["yaxis"]!["title"]!["text"]);
        Assert.Equal(2, chart.TraceCount);
    }

    [Fact]
    public void Least_squares_line_matches_the_hand_computed_fit()
    {
        // x = 1..4, y = 2, 4, 5, 4: Sxy = 3.5, Sxx = 5, Syy = 4.75 → slope 0.7, intercept 2.0, R² = 12.25 / 23.75.
        var fit = LinearFit.Of([1, 2, 3, 4], [2, 4, 5, 4])!;
        Assert.Equal(0.7, fit.Slope, 12);
        Assert.Equal(2.0, fit.Intercept, 12);
        Assert.Equal(12.25 / 23.75, fit.RSquared!.Value, 12);
        Assert.Equal(4 - (2.0 + 0.7 * 4), fit.Residual(4, 4), 12);
        Assert.Null(LinearFit.Of([1, 1], [2, 3]));
    }

    [Fact]
    public void Scatter_draws_one_trace_per_group_plus_the_fit_through_its_end_points()
    {
        var points = new[] { new LabelledPoint("a", 1, 2, "KOR"), new LabelledPoint("b", 2, 4, "KOR"), new LabelledPoint("c", 3, 5, "JPN"), new LabelledPoint("d", 4, 4, "JPN"), new LabelledPoint("nan", double.NaN, 1, "JPN") };
        var figure = Figure(ScatterChart.WithFit("t", new Axis("VS", "share"), Ptf, points));
        var data = figure["data"]!.AsArray();
        Assert.Equal(3, data.Count);
        var line = data[2]!;
        Assert.Equal(2.0 + 0.7 * 1, (double)line["y"]![0]!, 12);
        Assert.Equal(2.0 + 0.7 * 4, (double)line["y"]![1]!, 12);
        Assert.Equal(["c", "d"], data[1]!["text"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void Year_slider_shows_one_year_at_a_time()
    {
        var chart = YearSliderChart.Bars("t", Industry, Ptf, ["a", "b"], [new YearValues(2011, [1.0, 2.0]), new YearValues(2000, [0.5, null])]);
        var figure = Figure(chart);
        var steps = figure["layout"]!["sliders"]![0]!["steps"]!.AsArray();
        Assert.Equal(["2000", "2011"], steps.Select(s => (string?)s!["label"]));
        Assert.Equal([true, false], steps[0]!["args"]![0]!["visible"]!.AsArray().Select(v => (bool)v!));
        Assert.Equal([false, true], figure["data"]!.AsArray().Select(t => (bool)t!["visible"]!));   // starts at the last year
        Assert.Equal(1, (int)figure["layout"]!["sliders"]![0]!["active"]!);
    }

    [Fact]
    public void Time_series_dropdown_offers_all_and_each_series()
    {
        var chart = TimeSeriesChart.Lines("t", new Axis("VS", "share"), [new TimeSeries("JPN", [2000, 2011], [0.1, 0.2]), new TimeSeries("KOR", [2000, 2011], [null, 0.3])]);
        var buttons = Figure(chart)["layout"]!["updatemenus"]![0]!["buttons"]!.AsArray();
        Assert.Equal(["All series", "JPN", "KOR"], buttons.Select(b => (string?)b!["label"]));
        Assert.Equal("Year (calendar year)", (string?)Figure(chart)["layout"]!["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void Heat_map_leaves_undefined_cells_blank()
    {
        var values = new double?[,] { { null, 0.5 }, { 1.5, double.NaN } };
        var z = Figure(HeatMapChart.Create("t", Industry, Industry, Ptf, ["a", "b"], ["c", "d"], values))["data"]![0]!["z"]!;
        Assert.Null(z[0]![0]);
        Assert.Equal(0.5, (double)z[0]![1]!);
        Assert.Null(z[1]![1]);
    }

    [Fact]
    public void Timeline_uses_a_date_axis()
    {
        var chart = TimelineChart.Create("t", [new TimelineEvent(new DateOnly(2022, 5, 18), "Act promulgated", "Japan", "source")], new Axis("Country", "track"));
        var figure = Figure(chart);
        Assert.Equal("date", (string?)figure["layout"]!["xaxis"]!["type"]);
        Assert.Equal("2022-05-18", (string?)figure["data"]![0]!["x"]![0]);
    }

    [Fact]
    public void Timeline_labels_close_in_time_go_to_alternate_sides_or_to_hover_only()
    {
        // Four events within a month on a ten-year axis: their labels cannot all sit on one side of the markers.
        var track = "Japan";
        TimelineEvent[] events =
        [
            new(new DateOnly(2014, 1, 1), "Start of the axis", track),
            new(new DateOnly(2019, 7, 1), "Export controls on Korea announced", track),
            new(new DateOnly(2019, 7, 4), "Export controls on Korea in force", track),
            new(new DateOnly(2019, 7, 20), "Korea removed from the white list", track),
            new(new DateOnly(2024, 1, 1), "End of the axis", "Korea"),
        ];
        var trace = Figure(TimelineChart.Create("t", events, new Axis("Country", "track")))["data"]![0]!;
        var text = trace["text"]!.AsArray().Select(t => (string?)t).ToArray();
        var sides = trace["textposition"]!.AsArray().Select(t => (string)t!).ToArray();
        Assert.Equal(["top center", "bottom center"], sides[1..3].ToArray());         // neighbours alternate
        Assert.Equal("", text[3]);                                            // no room left on either side: hover only
        Assert.Equal(events[3].Label, (string?)trace["hovertext"]![3]);       // every event keeps its label on hover
        Assert.All(text[..3], t => Assert.NotEqual("", t));
    }

    [Fact]
    public void Chart_html_cannot_close_its_script_element_early()
    {
        var chart = BarChart.Grouped("</script><script>alert(1)</script>", Industry, Ptf, ["<b>"], [new BarSeries("s", [1.0])]);
        var html = chart.ToHtml();
        Assert.Single(Regex.Matches(html, "</script>"));
        Assert.Contains("data-traces=\"1\"", html);
        Assert.Contains("data-title=\"&lt;/script&gt;", html);
    }

    [Fact]
    public void Tables_escape_strings_show_undefined_as_na_and_carry_a_full_precision_csv()
    {
        var table = new ResultTable("<i>t</i>", [new TableColumn("name"), new TableColumn("value", "F2")],
            [["<script>x</script>", 1.0 / 3], ["b,\"c\"", null], ["nan", double.NaN]]);
        var html = table.ToHtml();
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html);
        Assert.Contains("&lt;i&gt;t&lt;/i&gt;", html);
        Assert.Contains(">0.33<", html);
        Assert.Equal(2, Regex.Matches(html, ">n/a<").Count);
        var base64 = Regex.Match(html, "base64,([A-Za-z0-9+/=]+)").Groups[1].Value;
        var csv = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        Assert.Equal("name,value\n<script>x</script>,0.3333333333333333\n\"b,\"\"c\"\"\",\nnan,\n", csv.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Result_records_render_null_indicators_as_na()
    {
        var pair = new PairIndicators("AUS_C10T14", "KOR_C95T97", "CHN", EndpointConvention.Inclusive, 0, null, null, null, null, null, 0.1, 0);
        var html = NotebookDisplay.ToHtml(pair);
        Assert.Contains("<th", html);
        Assert.Equal(5, Regex.Matches(html, ">n/a<").Count);   // Ptf, Theta, Kappa, Phi, Apl
        var list = NotebookDisplay.ToHtml(new List<SetAggregate> { new("S", "T", "CHN", AggregateWeighting.Tiva, EndpointConvention.Inclusive, 0.4, null, null, null, null, null, 12.5, 3, 0) });
        Assert.Contains("data-rows=\"1\"", list);
    }

    [Fact]
    public void A_plain_plotly_chart_is_drawn_with_the_offline_plotly_js_and_keeps_its_title()
    {
        Assert.Contains(typeof(Plotly.NET.GenericChart), NotebookDisplay.HtmlTypes);
        var plain = Plotly.NET.CSharp.Chart.Column<double, string, string>(values: new[] { 3.0, 1.0 }, Keys: new[] { "a", "b" });
        var html = NotebookDisplay.ToHtml(plain);
        Assert.Contains("class=\"scn-chart\"", html);
        Assert.Contains("data-traces=\"1\"", html);
        Assert.Contains("data-title=\"untitled Plotly.NET chart\"", html);
        Assert.DoesNotContain("cdn.plot.ly", html);
        Assert.DoesNotContain("require", html);
        // A title set through Plotly.NET, and the one the project's theme sets.
        var titled = Plotly.NET.Chart.withTitle("Imports <by> partner", Microsoft.FSharp.Core.FSharpOption<Plotly.NET.Font>.None).Invoke(plain);
        Assert.Equal("Imports <by> partner", ProjectChart.TitleOf(titled));
        Assert.Contains("data-title=\"Imports &lt;by&gt; partner\"", NotebookDisplay.ToHtml(titled));
        var themed = BarChart.Grouped("Themed title", Industry, Ptf, ["C24"], [new BarSeries("KOR", [0.5])]);
        Assert.Equal("Themed title", ProjectChart.TitleOf(themed.Chart));
    }

    [Fact]
    public void Deedle_frames_become_tables_with_missing_values_as_na()
    {
        var frame = Deedle.Frame.FromColumns(new[]
        {
            new KeyValuePair<string, Deedle.Series<string, double>>("ptf", new Deedle.Series<string, double>(["KOR", "JPN"], [0.5, double.NaN])),
        });
        var html = NotebookDisplay.ToHtml(frame);
        Assert.Contains(">KOR<", html);
        Assert.Contains(">n/a<", html);
    }

    [Fact]
    public void Prose_formats_in_invariant_culture_and_escapes_values()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();   // the process runs with invariant globalization
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            double? missing = null;
            var prose = Prose.Of($"PTF {0.675998:F3}, θ {missing:F3}, label {"<b>x</b>"}, {double.NaN}");
            Assert.Equal("PTF 0.676, θ n/a, label &lt;b&gt;x&lt;/b&gt;, n/a", prose.Markdown);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
