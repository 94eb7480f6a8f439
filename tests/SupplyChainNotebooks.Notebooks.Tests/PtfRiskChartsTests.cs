using System.Text.Json.Nodes;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Charts;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// The chapter-3 charts and tables on hand-made result records: one trace per series the chart promises, values taken
/// from the records (undefined as gaps, never 0), the study's named sinks marked, the OLS line of the analysis drawn.
/// </summary>
public sealed class PtfRiskChartsTests
{
    private static readonly IndustryNames Wiod = IndustryNames.ForEdition("wiod2013");

    private static JsonNode Figure(ProjectChart chart) => JsonNode.Parse(chart.FigureJson().Replace("<\\/", "</"))!;

    private static SinkRankingRow Row(string sink, double? ptf, double? vs, string? sector = null, double tiva = 500) =>
        new("wiod2013", 2011, "K-A KOR", "CHN", "AUS:C10T14", sink, sink[..3], sink[4..], sector, null, ptf, null,
            ptf is null ? null : 0.1, ptf is null ? null : 2.0, ptf is null ? null : 0.02, 3.0, vs, tiva, 1, false);

    private static SinkRanking Ranking(string configuration, double minTiva, params SinkRankingRow[] rows) =>
        new(configuration, "wiod2013", 2011, "CHN", "AUS:C10T14", "T", AggregateWeighting.Tiva, EndpointConvention.Inclusive, minTiva,
            SinkRanking.RankRows(rows.Select(r => r with { Configuration = configuration })), [], []);

    [Fact]
    public void Industry_names_label_codes_and_keep_unknown_codes()
    {
        Assert.Equal("C30T33 Electrical and optical equipment", Wiod.Label("C30T33"));
        Assert.Equal("KOR C45 Construction", Wiod.NodeLabel("KOR_C45"));
        var shortName = Wiod.Short("C50");   // "Sale, maintenance and repair of motor vehicles and motorcycles; retail sale of fuel"
        Assert.True(shortName.Length <= 34 && shortName.EndsWith('…') && shortName.StartsWith("Sale, maintenance", StringComparison.Ordinal), shortName);
        Assert.Equal("Public administration and defence", Wiod.Short("C75", 60));   // cut at the semicolon
        Assert.Equal("X99", Wiod.Label("X99"));
        Assert.Equal("KOR X99", IndustryNames.None.NodeLabel("KOR_X99"));
    }

    [Fact]
    public void Frequency_and_volume_bars_draw_ptf_and_vs_of_the_ranked_sinks_in_rank_order()
    {
        var ka = Ranking("K-A KOR", 0, Row("KOR_C45", 0.2, 0.03, "c18"), Row("KOR_C30T33", 0.4, 0.05, "c14"), Row("KOR_C95T97", null, null));
        var chart = PtfRiskCharts.FrequencyAndVolume(ka, Wiod);
        var figure = Figure(chart);
        Assert.Equal(2, chart.TraceCount);
        var ptf = figure["data"]![0]!;
        Assert.Equal(["C30T33 Electrical and optical equipment", "C45 Construction"], ptf["y"]!.AsArray().Select(v => (string)v!));
        Assert.Equal([0.4, 0.2], ptf["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([0.05, 0.03], figure["data"]![1]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(ChartTheme.RiskColor, (string?)ptf["marker"]!["color"]);
        Assert.Contains("PTF of CHN: %{x:.4f} expected appearances per route", (string?)ptf["hovertemplate"], StringComparison.Ordinal);
        Assert.Contains("VS of CHN: %{x:.4f} of the final product's value", (string?)figure["data"]![1]!["hovertemplate"], StringComparison.Ordinal);
        Assert.Contains("K-A KOR", chart.Title, StringComparison.Ordinal);
        Assert.True((double)figure["layout"]!["legend"]!["y"]! < 0);
        Assert.Throws<ArgumentException>(() => PtfRiskCharts.FrequencyAndVolume(Ranking("K-A JPN", 0, Row("JPN_C45", null, null)), Wiod));
    }

    [Fact]
    public void Appearance_bars_keep_the_risk_country_first_and_merge_the_rest_into_other()
    {
        CountryAppearanceRow A(string sink, string country, double value, bool risk = false) =>
            new("wiod2013", 2011, "K-A KOR", "AUS:C10T14", sink, country, value, value / 4, risk);
        var rows = new[]
        {
            A("KOR_C45", "CHN", 0.2, true), A("KOR_C45", "KOR", 2.0), A("KOR_C45", "AUS", 1.0), A("KOR_C45", "USA", 0.5), A("KOR_C45", "DEU", 0.3),
            A("KOR_C29", "KOR", 2.2), A("KOR_C29", "AUS", 1.0), A("KOR_C29", "DEU", 0.1),
        };
        var chart = PtfRiskCharts.AppearancesByCountry(rows, 2, Wiod, "appearances");
        var data = Figure(chart)["data"]!.AsArray();
        Assert.Equal(["CHN (risk region)", "KOR", "AUS", "other"], data.Select(t => (string)t!["name"]!));
        Assert.Null(data[0]!["x"]![1]);                          // KOR_C29 has no Chinese appearance: a gap, not 0
        Assert.Equal(0.5 + 0.3, (double)data[3]!["x"]![0]!, 12); // USA and DEU merged
        Assert.Equal("stack", (string?)Figure(chart)["layout"]!["barmode"]);
    }

    [Fact]
    public void Pair_ranking_marks_the_named_sinks_and_counts_them_in_the_legend()
    {
        var kb = Ranking("K-B", 300, Row("USA_C75", 0.38, 0.02, "c31"), Row("USA_C52", 0.30, 0.02), Row("USA_C34T35", 0.29, 0.02, "c15"), Row("DEU_C34T35", 0.2, 0.02, "c15"));
        var chart = PtfRiskCharts.PairRanking(kb, TopKRule.F2.Named, 3, Wiod);
        var data = Figure(chart)["data"]!.AsArray();
        Assert.Equal("named by the study (2 of the top 3)", (string?)data[0]!["name"]);
        Assert.Equal([0.38, null, 0.29], data[0]!["x"]!.AsArray().Select(v => (double?)v));
        Assert.Equal([null, 0.30, null], data[1]!["x"]!.AsArray().Select(v => (double?)v));
        Assert.Contains("TiVA ≥ 300 M USD", chart.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Frequency_volume_scatter_draws_the_analysis_fit_and_labels_the_largest_residuals()
    {
        var kor = Ranking("K-A KOR", 0, Row("KOR_C45", 0.1, 0.01), Row("KOR_C29", 0.3, 0.02), Row("KOR_C30T33", 0.5, 0.03));
        var jpn = Ranking("K-A JPN", 0, Row("JPN_C45", 0.2, 0.01), Row("JPN_C29", 0.1, 0.02), Row("JPN_C30T33", 0.6, 0.04));
        var kd = FrequencyVolumeAnalysis.Compute([kor, jpn]);
        var chart = PtfRiskCharts.FrequencyVolume(kd, "CHN", 2, Wiod);
        var data = Figure(chart)["data"]!.AsArray();
        Assert.Equal(3, chart.TraceCount);                       // KOR, JPN, the OLS line
        var line = data[2]!;
        Assert.Equal(kd.Fit!.Predict(0.01), (double)line["y"]![0]!, 12);
        Assert.Equal(kd.Fit.Predict(0.04), (double)line["y"]![1]!, 12);
        var labelled = data.Take(2).SelectMany(t => t!["text"]!.AsArray().Select(v => (string)v!)).Where(t => t.Length > 0).Order().ToArray();
        var expected = kd.Points.OrderByDescending(p => Math.Abs(p.Residual!.Value)).Take(2).Select(p => p.Sink).Order().ToArray();
        Assert.Equal(expected, labelled);
    }

    [Fact]
    public void Cross_link_heat_map_leaves_pairs_without_route_blank()
    {
        CrossLinkCell C(string s, string t, double? ptf) => new("wiod2013", 2011, "CHN", "KOR→JPN", $"KOR_{s}", $"JPN_{t}", s, t, ptf, 0.1, 0.02, 0.03, 10);
        CrossLinkDirection D(string d) => new(d, d[..3], d[^3..], "S", "T", 0.1, 0.05, 0.02, 0.03, 100, 4, 0.2, 0.5, 0.1, []);
        var matrix = new CrossLinkMatrix("wiod2013", 2011, "CHN", EndpointConvention.Inclusive, 0,
            [C("C29", "C29", 0.1), C("C29", "C30T33", 0.2), C("C30T33", "C29", null), C("C30T33", "C30T33", 0.4)], [D("KOR→JPN"), D("JPN→KOR")]);
        var z = Figure(PtfRiskCharts.CrossLinkHeatMap(matrix, "KOR→JPN", Wiod))["data"]![0]!["z"]!;
        Assert.Equal(0.2, (double)z[0]![1]!);
        Assert.Null(z[1]![0]);
        Assert.Throws<ArgumentException>(() => PtfRiskCharts.CrossLinkHeatMap(matrix, "KOR→USA", Wiod));
    }

    [Fact]
    public void Headline_series_give_one_line_per_chain_and_one_slider_step_per_year()
    {
        HeadlineValue V(int year, string chain, double ptf) => new("wiod2013", year, chain, "K-A KOR", "S", "T", null, null, ptf, null, null, null, 1);
        var rankings = new[] { 1995, 2011 }.SelectMany(y => new[]
        {
            Row("KOR_C45", y == 2011 ? 0.3 : 0.1, 0.01) with { Year = y }, Row("KOR_C29", y == 2011 ? 0.2 : 0.4, 0.01) with { Year = y },
        }).GroupBy(r => r.Year).SelectMany(g => SinkRanking.RankRows(g)).ToArray();
        var series = new HeadlineSeries([V(1995, "a", 0.1), V(2011, "a", 0.3), V(1995, "b", 0.2), V(2011, "b", 0.25)], [.. rankings], [],
            System.Collections.Immutable.ImmutableDictionary<int, double>.Empty);
        var lines = PtfRiskCharts.HeadlineLines(series, "CHN");
        Assert.Equal(2, lines.TraceCount);
        Assert.Equal([0.1, 0.3], Figure(lines)["data"]![0]!["y"]!.AsArray().Select(v => (double)v!));
        var slider = PtfRiskCharts.RankingYears(series, "KOR", "CHN", Wiod);
        Assert.Equal(2, slider.TraceCount);
        Assert.Equal(["C45 Construction", "C29 Machinery, nec"], Figure(slider)["data"]![0]!["y"]!.AsArray().Select(v => (string)v!));   // 2011 order
    }

    [Fact]
    public void Side_by_side_table_aligns_ranks_and_marks_named_sinks()
    {
        var all = Ranking("K-C", 0, Row("SVN_C61", 2.4, 0.01, tiva: 0.008), Row("JPN_C45", 0.43, 0.02, "c18", 193), Row("USA_C75", 0.45, 0.02, "c31", 985));
        var filtered = Ranking("K-C", 300, Row("USA_C75", 0.45, 0.02, "c31", 985));
        var table = PtfRiskTables.SideBySide(all, filtered, TopKRule.F3.Named, 3);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(new object?[] { 1, "SVN_C61", 2.4, 0.008, "USA_C75", 0.45, 985.0 }, table.Rows[0]);
        Assert.Equal("JPN_C45 ✓", table.Rows[2][1]);
        Assert.Null(table.Rows[1][4]);
        Assert.Contains("no filter", table.Columns[1].Header, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_by_year_put_years_in_rows_and_findings_in_columns()
    {
        var table = PtfRiskTables.VerdictsByYear([new("w", 2011, "F2", "holds", ""), new("w", 1995, "F2", "partly holds", ""), new("w", 2011, "F1", "partly holds", "")]);
        Assert.Equal(["year", "F1", "F2"], table.Columns.Select(c => c.Header));
        Assert.Equal(new object?[] { 1995, null, "partly holds" }, table.Rows[0]);
        Assert.Equal(new object?[] { 2011, "partly holds", "holds" }, table.Rows[1]);
    }
}
