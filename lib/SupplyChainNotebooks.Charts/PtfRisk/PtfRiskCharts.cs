using System.Globalization;
using SupplyChainNotebooks.Chapters.PtfRisk;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// The charts of chapter 3 (PTF against volume, KIEP WP 23-10) built from the chapter's result records, so that the
/// notebook cells stay one call long and the charts can be checked without data. Every chart has a title, axis titles
/// with units and hover text that names the sink industry and the numbers behind the mark.
/// </summary>
public static class PtfRiskCharts
{
    private const string Appearances = "expected appearances per route";

    /// <summary>
    /// K-A: the aggregate PTF of R (frequency) next to VS of R (volume) for every ranked sink of one ranking, in rank
    /// order (horizontal grouped bars; two traces).
    /// </summary>
    /// <param name="ranking">A per-sink ranking (e.g. <c>study.KA("KOR")</c>).</param>
    /// <param name="names">Industry names for the labels.</param>
    /// <param name="top">Only the first rows (default all ranked sinks).</param>
    public static ProjectChart FrequencyAndVolume(SinkRanking ranking, IndustryNames names, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var rows = (top is { } k ? ranking.Top(k) : ranking.Ranked.ToArray()).ToArray();
        if (rows.Length == 0) throw new ArgumentException($"{ranking.Configuration} has no ranked sink to draw", nameof(ranking));
        var country = rows[0].SinkCountry;
        var categories = rows.Select(r => names.Label(r.SinkIndustry)).ToArray();
        var hover = rows.Select(r => Inv($"rank {r.Rank} of {ranking.Ranked.Count()} · RPTF {N(r.Rptf, "F2")} · θ {N(r.Theta, "F3")} · κ {N(r.Kappa, "F2")} · φ {N(r.Phi, "F4")} · VS {N(r.Vs, "F4")} · TiVA flow {r.TivaFlowMusd:N1} M USD · {r.PairsUsed} source pairs")).ToArray();
        var chart = LegendBelowPlot(BarChart.Grouped(
            $"{ranking.Configuration}: frequency (PTF) and volume (VS) of {ranking.Risk} per {country} industry, {Where(ranking)}",
            new Axis($"{country} industry (sink)", "ranked by PTF"),
            new Axis($"Exposure to {ranking.Risk}", "PTF: appearances per route; VS: share of final-product value"),
            categories,
            [
                new BarSeries($"PTF of {ranking.Risk} (frequency)", rows.Select(r => r.Ptf).ToArray(), hover, ChartTheme.RiskColor),
                new BarSeries($"VS of {ranking.Risk} (volume)", rows.Select(r => r.Vs).ToArray(), hover, ChartTheme.Palette[0]),
            ],
            horizontal: true));
        // One value axis carries two units: each trace names its own in the hover text.
        var units = new[] { $"PTF of {ranking.Risk}: %{{x:.4f}} expected appearances per route", $"VS of {ranking.Risk}: %{{x:.4f}} of the final product's value" };
        var traces = Plotly.NET.GenericChart.getTraces(chart.Chart).ToArray();
        for (var t = 0; t < traces.Length; t++)
            traces[t].SetProperty("hovertemplate", $"<b>{country} %{{y}}</b><br>{ChartTraces.Text(units[t])}<br>%{{customdata}}<extra></extra>");
        return chart;
    }

    /// <summary>
    /// Stacked bars: the expected appearances of each country's industries on the routes into each sink (one trace per
    /// kept country, the risk countries first and in the risk colour, the rest merged into "other").
    /// </summary>
    /// <param name="rows">Rows of <see cref="PtfRiskStudy.Appearances"/> (several rankings may be concatenated).</param>
    /// <param name="keepCountries">Countries with the most appearances kept as their own segment (risk countries always).</param>
    /// <param name="names">Industry names.</param>
    /// <param name="title">Chart title.</param>
    public static ProjectChart AppearancesByCountry(IReadOnlyList<CountryAppearanceRow> rows, int keepCountries, IndustryNames names, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("no appearances to draw", nameof(rows));
        var merged = CountryAppearances.TopCountries(rows, keepCountries);
        var sinks = merged.Select(r => r.Sink).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var countries = merged.GroupBy(r => r.Country, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key == "other" ? 2 : g.First().IsRisk ? 0 : 1).ThenByDescending(g => g.Sum(r => r.Appearances))
            .Select(g => (Country: g.Key, IsRisk: g.First().IsRisk)).ToArray();
        var lookup = merged.ToDictionary(r => (r.Sink, r.Country), r => r);
        var totals = sinks.ToDictionary(s => s, s => merged.Where(r => r.Sink == s).Sum(r => r.Appearances));
        var palette = ChartTheme.Palette.Where(c => c != ChartTheme.RiskColor).ToArray();
        var series = countries.Select((c, i) => new BarSeries(
            c.IsRisk ? $"{c.Country} (risk region)" : c.Country,
            sinks.Select(s => lookup.TryGetValue((s, c.Country), out var r) ? (double?)r.Appearances : null).ToArray(),
            sinks.Select(s => lookup.TryGetValue((s, c.Country), out var r)
                ? Inv($"{r.Share:P1} of the {totals[s]:F3} appearances on these routes (1 + APL)") : "no appearance").ToArray(),
            c.IsRisk ? ChartTheme.RiskColor : c.Country == "other" ? "#999999" : palette[i % palette.Length])).ToArray();
        return LegendBelowPlot(BarChart.Stacked(title, new Axis("Sink (final producer)", "country and industry"), new Axis("Expected appearances", "per route, by country"),
            sinks.Select(s => names.NodeLabel(s)).ToArray(), series, horizontal: true));
    }

    /// <summary>
    /// K-B/K-C: the top of a pair ranking as horizontal bars, the sinks the study names in the risk colour (two traces:
    /// named, other; a sector with several industries marks each of them).
    /// </summary>
    /// <param name="ranking">The ranking (e.g. <c>study.KB()</c>).</param>
    /// <param name="named">The sinks the study names (e.g. <see cref="TopKRule.F2"/>'s).</param>
    /// <param name="top">Bars shown.</param>
    /// <param name="names">Industry names.</param>
    public static ProjectChart PairRanking(SinkRanking ranking, IReadOnlyList<SectorRef> named, int top, IndustryNames names)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var rows = ranking.Top(top);
        if (rows.Count == 0) throw new ArgumentException($"{ranking.Configuration} ranks no sink (TiVA filter {ranking.MinTivaMusd:G} M USD)", nameof(ranking));
        bool IsNamed(SinkRankingRow r) => named.Any(n => n.Matches(r));
        var count = rows.Count(IsNamed);
        var hover = rows.Select(r => Inv($"rank {r.Rank} · θ {N(r.Theta, "F3")} · κ {N(r.Kappa, "F2")} · VS {N(r.Vs, "F4")} · TiVA flow {r.TivaFlowMusd:N0} M USD · {r.PairsUsed} source pair(s)")).ToArray();
        var filter = ranking.MinTivaMusd > 0 ? Inv($"pairs with TiVA ≥ {ranking.MinTivaMusd:G} M USD") : "no TiVA filter";
        return LegendBelowPlot(BarChart.Stacked(
            $"{ranking.Configuration}: top {rows.Count} sinks by PTF of {ranking.Risk} from {ranking.Source}, {filter}, {Where(ranking)}",
            new Axis("Sink (final producer)", "country and industry"), new Axis($"PTF of {ranking.Risk}", Appearances),
            rows.Select(r => names.NodeLabel(r.Sink)).ToArray(),
            [
                new BarSeries($"named by the study ({count} of the top {rows.Count})", rows.Select(r => IsNamed(r) ? r.Ptf : null).ToArray(), hover, ChartTheme.RiskColor),
                new BarSeries("other sinks", rows.Select(r => IsNamed(r) ? null : r.Ptf).ToArray(), hover, ChartTheme.Palette[0]),
            ],
            horizontal: true));
    }

    /// <summary>
    /// K-D: frequency against volume per sink (one trace per sink country), the pooled OLS line of the analysis (the
    /// same fit the verdicts use) and labels on the <paramref name="labelled"/> points with the largest |residual|.
    /// </summary>
    public static ProjectChart FrequencyVolume(FrequencyVolumeAnalysis kd, string risk, int labelled, IndustryNames names)
    {
        ArgumentNullException.ThrowIfNull(kd);
        if (kd.Points.IsEmpty) throw new ArgumentException("no sink has both a PTF and a VS", nameof(kd));
        var measure = kd.Measure switch
        {
            FrequencyMeasure.Rptf => ($"RPTF of {risk}", "ratio to the mean PTF of the country's sinks"),
            FrequencyMeasure.Phi => ($"Appearance share φ of {risk}", "share of all appearances"),
            _ => ($"PTF of {risk}", Appearances),
        };
        var x = new Axis($"VS of {risk}", "share of final-product value");
        var y = new Axis(measure.Item1, measure.Item2);
        var show = kd.Points.Where(p => p.Residual is not null).OrderByDescending(p => Math.Abs(p.Residual!.Value)).Take(labelled)
            .Select(p => p.Sink).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var traces = new List<Plotly.NET.Trace>();
        foreach (var group in kd.Points.GroupBy(p => p.SinkCountry, StringComparer.OrdinalIgnoreCase))
        {
            var g = group.ToArray();
            traces.Add(ChartTraces.New("scatter",
                ("name", $"{group.Key} sinks"),
                ("mode", "markers+text"),
                ("x", g.Select(p => p.Vs).ToArray()),
                ("y", g.Select(p => p.Frequency).ToArray()),
                ("text", g.Select(p => show.Contains(p.Sink) ? ChartTraces.Text(p.Sink) : "").ToArray()),
                ("textposition", "top center"),
                ("textfont", new Dictionary<string, object> { ["size"] = 10 }),
                ("marker", new Dictionary<string, object> { ["size"] = 9, ["opacity"] = 0.85 }),
                ("customdata", g.Select(p => new object[]
                {
                    ChartTraces.Text(names.NodeLabel(p.Sink, 60)),
                    ChartTraces.Text(Inv($"residual {N(p.Residual, "+0.000;-0.000")} ({(p.AboveLine ? "above" : "below")} the line) · φ {N(p.Phi, "F4")} · φ − VS {N(p.Gap, "+0.0000;-0.0000")}")),
                }).ToArray()),
                ("hovertemplate", $"<b>%{{customdata[0]}}</b><br>{ChartTraces.Text(x.Label)}: %{{x:.4f}}<br>{ChartTraces.Text(y.Label)}: %{{y:.4f}}<br>%{{customdata[1]}}<extra>%{{fullData.name}}</extra>")));
        }
        if (kd.Fit is { } fit)
        {
            var lo = kd.Points.Min(p => p.Vs);
            var hi = kd.Points.Max(p => p.Vs);
            traces.Add(ChartTraces.New("scatter",
                ("name", Inv($"pooled OLS: {fit.Intercept:F3} + {fit.Slope:F2} × VS (R² {N(fit.RSquared, "F2")}, n = {fit.Count})")),
                ("mode", "lines"),
                ("x", new[] { lo, hi }),
                ("y", new[] { fit.Predict(lo), fit.Predict(hi) }),
                ("line", new Dictionary<string, object> { ["color"] = ChartTheme.FitColor, ["width"] = 2 }),
                ("hovertemplate", $"OLS over {fit.Count} sinks<br>fitted {ChartTraces.Text(y.Label)} %{{y:.4f}} at VS %{{x:.4f}}<extra></extra>")));
        }
        var chart = ChartTraces.Combine(traces);
        var first = kd.Points[0];
        var title = $"K-D: frequency against volume of {risk} for every {string.Join(" and ", kd.Points.Select(p => p.SinkCountry).Distinct())} sink, {first.Dataset} {first.Year}";
        ChartTheme.Apply(chart, title, x, y, ChartTheme.DefaultHeight + 80, legend: true);
        return new ProjectChart(chart, title);
    }

    /// <summary>F5: heat map of PTF(R) for every pair of manufacturing industries in one direction of the cross-link.</summary>
    public static ProjectChart CrossLinkHeatMap(CrossLinkMatrix matrix, string direction, IndustryNames names)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var d = matrix.Directions.FirstOrDefault(x => x.Direction == direction)
            ?? throw new ArgumentException($"the cross-link has no direction {direction} ({string.Join(", ", matrix.Directions.Select(x => x.Direction))})", nameof(direction));
        var (rows, columns, ptf) = matrix.Matrix(direction);
        var values = new double?[rows.Length, columns.Length];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < columns.Length; c++) values[r, c] = ptf[r][c];
        return HeatMapChart.Create(
            $"F5: PTF of {matrix.Risk} on the chains {d.SourceCountry} manufacturing → {d.SinkCountry} manufacturing, {matrix.Dataset} {matrix.Year}",
            new Axis($"{d.SinkCountry} industry (sink)", "manufacturing"), new Axis($"{d.SourceCountry} industry (source)", "manufacturing"),
            new Axis($"PTF of {matrix.Risk}", Appearances),
            columns.Select(c => names.Label(c, 22)).ToArray(), rows.Select(r => names.Label(r, 26)).ToArray(), values, ".3f");
    }

    /// <summary>The headline chains over the years (one line each; the dropdown shows one chain at a time).</summary>
    public static ProjectChart HeadlineLines(HeadlineSeries series, string risk)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Values.IsEmpty) throw new ArgumentException("no headline values", nameof(series));
        var lines = series.Values.GroupBy(v => v.Chain).Select(g =>
        {
            var points = g.OrderBy(v => v.Year).ToArray();
            return new TimeSeries(g.Key, points.Select(v => v.Year).ToArray(), points.Select(v => v.Ptf).ToArray());
        }).ToArray();
        var years = series.Values.Select(v => v.Year).Distinct().Order().ToArray();
        return TimeSeriesChart.Lines($"Headline chains: PTF of {risk}, {series.Values[0].Dataset} {years[0]}–{years[^1]} ({years.Length} years)",
            new Axis($"PTF of {risk}", "appearances per route"), lines);
    }

    /// <summary>K-A of one sink country with a year slider: PTF of R per sink industry, one set of bars per year.</summary>
    public static ProjectChart RankingYears(HeadlineSeries series, string country, string risk, IndustryNames names)
    {
        ArgumentNullException.ThrowIfNull(series);
        var rows = series.Rankings.Where(r => string.Equals(r.SinkCountry, country, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (rows.Length == 0) throw new ArgumentException($"no K-A rows for {country}", nameof(country));
        // Ordered by the ranking of the latest year (sinks it leaves undefined last, in their first-seen order).
        var latest = rows.Max(r => r.Year ?? 0);
        var industries = rows.Where(r => (r.Year ?? 0) == latest).OrderBy(r => r.Rank ?? int.MaxValue).Select(r => r.SinkIndustry)
            .Concat(rows.Select(r => r.SinkIndustry)).Distinct().ToArray();
        var years = rows.GroupBy(r => r.Year ?? 0).OrderBy(g => g.Key).Select(g =>
        {
            var byIndustry = g.ToDictionary(r => r.SinkIndustry, r => r.Ptf);
            return new YearValues(g.Key, industries.Select(i => byIndustry.TryGetValue(i, out var p) ? p : null).ToArray());
        }).ToArray();
        return YearSliderChart.Bars($"K-A {country}: PTF of {risk} per {country} industry by year ({rows[0].Dataset}; slide to change the year)",
            new Axis($"{country} industry (sink)", $"ranked by PTF in {latest.ToString(CultureInfo.InvariantCulture)}"), new Axis($"PTF of {risk}", Appearances),
            industries.Select(i => names.Label(i, 30)).ToArray(), years, horizontal: true, valueFormat: ".4f");
    }

    /// <summary>
    /// Puts the legend of a tall chart just below the x-axis title (the theme's legend sits at a fixed fraction of the
    /// plot height, far below the axis on a chart of a thousand pixels).
    /// </summary>
    private static ProjectChart LegendBelowPlot(ProjectChart chart)
    {
        var layout = Plotly.NET.GenericChart.getLayout(chart.Chart);
        var height = layout.TryGetPropertyValue("height") is { } h ? Convert.ToDouble(h.Value, CultureInfo.InvariantCulture) : ChartTheme.DefaultHeight;
        var plot = Math.Max(200, height - 150);
        layout.SetProperty("legend", new Dictionary<string, object> { ["orientation"] = "h", ["x"] = 0, ["y"] = -95 / plot, ["yanchor"] = "top" });
        return chart;
    }

    private static string Where(SinkRanking r) => r.Year is { } y ? $"{r.Dataset} {y.ToString(CultureInfo.InvariantCulture)}" : r.Dataset;

    private static string N(double? value, string format) => ChartTheme.Number(value, format);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
