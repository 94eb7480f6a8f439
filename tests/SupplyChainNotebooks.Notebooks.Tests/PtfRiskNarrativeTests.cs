using System.Collections.Immutable;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Charts;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>The chapter-3 prose on hand-made results: the numbers and judgements it states are those of the records.</summary>
public sealed class PtfRiskNarrativeTests
{
    private static readonly IndustryNames Wiod = IndustryNames.ForEdition("wiod2013");

    private static HeadlineValue V(int year, string chain, double? ptf) => new("wiod2013", year, chain, "K-A KOR", "S", "T", null, null, ptf, null, null, null, 1);

    [Fact]
    public void Series_change_reports_the_largest_and_smallest_change_from_first_to_last_year()
    {
        var series = new HeadlineSeries([V(1995, "a", 0.1), V(2011, "a", 0.4), V(1995, "b", 0.3), V(2011, "b", 0.2), V(1995, "c", null), V(2011, "c", 0.9)],
            [], [], ImmutableDictionary<int, double>.Empty);
        Assert.Equal("From 1995 to 2011 the PTF of CHN rose on 1 of the 2 headline chains; the largest change is on a (0.100 → 0.400), the smallest on b (0.300 → 0.200).",
            PtfRiskNarrative.SeriesChange(series, "CHN").Markdown);
    }

    [Fact]
    public void Sensitivity_names_the_variant_farthest_from_the_baseline_per_choice()
    {
        SensitivityRow R(string factor, string variant, double? rho, int? overlap) =>
            new("w", 2011, "K-A KOR", factor, variant, factor == "baseline", 34, null, null, null, "", null, null, rho, overlap, null);
        var rows = new[]
        {
            R("baseline", "b", null, null), R("convention", "interior", 1.0, 10), R("weighting", "route", 0.97, 9), R("weighting", "mean", 0.91, 8),
        };
        Assert.Equal("Lowest agreement with the baseline per choice: convention — K-A KOR with interior (ρ = 1.00, 10 of the top 10 shared); weighting — K-A KOR with mean (ρ = 0.91, 8 of the top 10 shared). The endpoint conventions rank every sink the same (ρ = 1); they can differ only when a source or a sink lies in R (methodology §1.4).",
            PtfRiskNarrative.Sensitivity(rows).Markdown);
        Assert.DoesNotContain("rank every sink the same", PtfRiskNarrative.Sensitivity([R("convention", "interior", 0.8, 7)]).Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Appearances_give_the_risk_share_range_and_skip_end_countries_and_aggregates()
    {
        CountryAppearanceRow A(string sink, string country, double share, bool risk = false) => new("w", 2011, "K-A KOR", "S", sink, country, share * 4, share, risk);
        var rows = new[]
        {
            A("KOR_C45", "CHN", 0.05, true), A("KOR_C45", "KOR", 0.5), A("KOR_C45", "RoW", 0.2), A("KOR_C45", "TWN", 0.1),
            A("KOR_C29", "CHN", 0.12, true), A("KOR_C29", "KOR", 0.5), A("KOR_C29", "USA", 0.08), A("KOR_C29", "TWN", 0.09),
        };
        Assert.Equal("On these 2 sinks, CHN accounts for between 5.0 % (KOR C45 Construction) and 12.0 % (KOR C29 Machinery, nec) of all appearances. Apart from R, the source and sink countries and the aggregate regions, the country appearing most often is TWN (the largest such country for 2 of the 2 sinks).",
            PtfRiskNarrative.Appearances(rows, ["KOR", "AUS"], ["RoW"], Wiod).Markdown);
    }

    [Fact]
    public void An_absent_table_is_reported_with_the_fetch_command_and_a_present_one_is_not()
    {
        var absent = new PublishedReproduction("JPN", "icio2023", 2020, false, "dataset 'icio2023': year 2020 not found", []);
        var prose = PtfRiskNarrative.PublishedUnavailable([absent, absent with { Risk = "CHN" }])!.Markdown;
        Assert.StartsWith("**Not computed: icio2023 2020 is not in the data folders**, so the published rankings (risk JPN and CHN)", prose, StringComparison.Ordinal);
        Assert.Contains("`./scn data fetch icio2023 --years 2020`", prose, StringComparison.Ordinal);
        Assert.Null(PtfRiskNarrative.PublishedUnavailable([absent with { Available = true, Message = null }]));
    }

    [Fact]
    public void A_reproduction_is_tabled_rank_by_rank_and_summarised_with_its_recipe_notes()
    {
        var rows = new[]
        {
            new PublishedComparisonRow(1, "USA_C29", 3.82, "AUS_B07_08", "AUS_B07_08", "USA_C29", 3.8215, 517.0, true, true, true),
            new PublishedComparisonRow(2, "CHN_C26", 2.52, null, "AUS_B05_06", "CHN_C29", 2.07, 301.4, false, false, true),
        };
        var comparison = new PublishedComparison("CHN", [.. rows], 1, 1, 2, 0.005, ["year 2019: the published table is for 2020"], PublishedPtfRanking.Caveat);
        var result = new FullPairResult("icio2023", 2019, "CHN", new FullPairOptions(), 100, 20, [], null);
        var reproduction = new PublishedReproduction("CHN", "icio2023", 2019, true, null, [new ReproductionRun(EndpointConvention.Inclusive, result, comparison)]);
        var table = PtfRiskTables.Published(comparison, "t");
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(new object?[] { 2, "CHN_C26", 2.52, "AUS_B05_06", "CHN_C29", 2.07, 301.4, false, false, true }, table.Rows[1].Where((_, i) => i != 3));
        var prose = PtfRiskNarrative.Published(reproduction, reproduction.Runs[0]).Markdown;
        Assert.StartsWith("**Risk CHN, inclusive convention:** the sink agrees at 1 of 2 ranks, the PTF (±0.005) at 1; 2 published (sink, PTF) entries appear somewhere in the computed list. year 2019: the published table is for 2020.", prose, StringComparison.Ordinal);
        Assert.Null(PtfRiskNarrative.PublishedUnavailable([reproduction]));
    }

    [Fact]
    public void Frequency_volume_prose_uses_the_fit_and_residuals_of_the_analysis()
    {
        SinkRankingRow Row(string sink, double ptf, double vs, double phi) =>
            new("w", 2011, "K-A KOR", "CHN", "S", sink, sink[..3], sink[4..], null, null, ptf, null, 0.1, 2, phi, 3, vs, 100, 1, false);
        var ranking = new SinkRanking("K-A KOR", "w", 2011, "CHN", "S", "T", AggregateWeighting.Tiva, EndpointConvention.Inclusive, 0,
            SinkRanking.RankRows([Row("KOR_C45", 0.1, 0.01, 0.02), Row("KOR_C29", 0.4, 0.02, 0.01), Row("KOR_C24", 0.3, 0.03, 0.04)]), [], []);
        var kd = FrequencyVolumeAnalysis.Compute([ranking]);
        var text = PtfRiskNarrative.FrequencyVolume(kd, Wiod).Markdown;
        Assert.StartsWith(FormattableString.Invariant($"Pooled over 3 sinks, PTF = {kd.Fit!.Intercept:F3} + {kd.Fit.Slope:F2} × VS with R² = {kd.Fit.RSquared:F2}"), text, StringComparison.Ordinal);
        var top = kd.Points.MaxBy(p => p.Residual)!;
        Assert.Contains(FormattableString.Invariant($"Farthest above the line: {Wiod.NodeLabel(top.Sink, 60)} ({top.Residual:+0.000;-0.000})"), text, StringComparison.Ordinal);
        Assert.EndsWith("φ exceeds VS for 67 % of the sinks.", text, StringComparison.Ordinal);
    }
}
