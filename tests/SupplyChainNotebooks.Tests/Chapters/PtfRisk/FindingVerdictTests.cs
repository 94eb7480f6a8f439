using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using Xunit;
using static SupplyChainNotebooks.Tests.Chapters.PtfRisk.SinkRankingTests;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>Verdict functions on constructed numbers whose answer is known.</summary>
public sealed class FindingVerdictTests
{
    private static SinkRanking Ranking(string config, params SinkRankingRow[] rows) =>
        new(config, "test", 2011, "CHN", "S", "T", AggregateWeighting.Tiva, EndpointConvention.Inclusive, 300, SinkRanking.RankRows(rows), [], []);

    // Six other sinks: 0.5, 0.4, 0.3, 0.01, 0.01, 0.01. A named sink x ranks 4th for 0.01 < x < 0.3 and is above average
    // (RPTF = 7x / (x + 1.23) > 1) exactly when x > 0.205.
    private static SinkRanking Country(string country, string sector, double named) => Ranking($"K-A {country}",
        Row($"{country}_N", named, sector), Row($"{country}_A", 0.5), Row($"{country}_B", 0.4), Row($"{country}_C", 0.3),
        Row($"{country}_D", 0.01), Row($"{country}_E", 0.01), Row($"{country}_F", 0.01));

    [Theory]
    [InlineData(0.6, 0.6, VerdictOutcome.Holds)]          // both rank 1
    [InlineData(0.35, 0.6, VerdictOutcome.Holds)]         // KOR rank 3 ≤ 3
    [InlineData(0.6, 0.25, VerdictOutcome.PartlyHolds)]   // JPN rank 4 but RPTF 1.18 > 1
    [InlineData(0.6, 0.005, VerdictOutcome.PartlyHolds)]  // JPN last
    [InlineData(0.25, 0.25, VerdictOutcome.PartlyHolds)]  // both above average, neither top
    [InlineData(0.1, 0.1, VerdictOutcome.DoesNotHold)]    // both rank 4 with RPTF 0.53
    [InlineData(0.005, 0.1, VerdictOutcome.DoesNotHold)]
    public void F1(double korIt, double jpnTransport, VerdictOutcome expected)
    {
        var verdict = FindingF1.Evaluate([Country("KOR", "c14", korIt), Country("JPN", "c15", jpnTransport)]);
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal("F1", verdict.Finding);
        Assert.Contains(verdict.Numbers, n => n.Name.StartsWith("rank of KOR:c14", StringComparison.Ordinal));
        Assert.Contains("≤ 3", verdict.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void F1TopKIsAParameter()
    {
        var rankings = new[] { Country("KOR", "c14", 0.45), Country("JPN", "c15", 0.45) };   // both rank 2, RPTF 1.875
        Assert.Equal(VerdictOutcome.Holds, FindingF1.Evaluate(rankings).Outcome);
        Assert.Equal(VerdictOutcome.PartlyHolds, FindingF1.Evaluate(rankings, new F1Rule { TopK = 1 }).Outcome);
        var rptf = FindingF1.Evaluate(rankings).Numbers.Single(n => n.Name == "RPTF of KOR:c14").Value!.Value;
        Assert.Equal(0.45 * 7 / 1.68, rptf, 1e-12);
    }

    private static SinkRanking Foreign(params (string sink, double ptf, string sector)[] rows) =>
        Ranking("K-B", rows.Select(r => Row(r.sink, r.ptf, r.sector)).Concat(Enumerable.Range(0, 12).Select(i => Row($"DEU_X{i}", 0.10 + i * 0.01))).ToArray());

    [Fact]
    public void F2HoldsPartlyOrNot()
    {
        var all = Foreign(("USA_C34T35", 0.9, "c15"), ("USA_C85", 0.8, "c33"), ("USA_C75", 0.7, "c31"));
        Assert.Equal(VerdictOutcome.Holds, FindingTopK.F2(all).Outcome);
        var one = Foreign(("USA_C34T35", 0.9, "c15"), ("USA_C85", 0.01, "c33"), ("USA_C75", 0.02, "c31"));
        Assert.Equal(VerdictOutcome.PartlyHolds, FindingTopK.F2(one).Outcome);
        var none = Foreign(("USA_C34T35", 0.01, "c15"), ("USA_C85", 0.01, "c33"), ("USA_C75", 0.02, "c31"));
        Assert.Equal(VerdictOutcome.DoesNotHold, FindingTopK.F2(none).Outcome);
        // The rank threshold is a parameter: with k = 15 the low sinks (ranks 13–15) count.
        Assert.Equal(VerdictOutcome.Holds, FindingTopK.F2(none, TopKRule.F2 with { TopK = 15 }).Outcome);
        // A named sector absent from the ranking (filtered out) is not ranked.
        var missing = Foreign(("USA_C34T35", 0.9, "c15"));
        var v = FindingTopK.F2(missing);
        Assert.Equal(VerdictOutcome.PartlyHolds, v.Outcome);
        Assert.Contains("not ranked", v.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void F3WithinCountryRanksOnlyThatCountry()
    {
        // Japanese sinks rank 13 and 14 among all foreign sinks, but 1 and 2 among Japanese ones.
        var ranking = Foreign(("JPN_C45", 0.095, "c18"), ("JPN_C34T35", 0.09, "c15"), ("JPN_C15T16", 0.01, "c3"));
        Assert.Equal(VerdictOutcome.DoesNotHold, FindingTopK.F3(ranking).Outcome);
        var within = FindingTopK.F3(ranking, TopKRule.F3 with { WithinCountry = "JPN", TopK = 2 });
        Assert.Equal(VerdictOutcome.Holds, within.Outcome);
        Assert.Contains("Sinks of JPN only", within.Rule, StringComparison.Ordinal);
    }

    private static FrequencyVolumeAnalysis Points(params (double phi, double vs)[] points) =>
        FrequencyVolumeAnalysis.Compute([Ranking("K-A KOR", points.Select((p, i) => Row($"KOR_S{i}", 0.1 + i * 0.01, phi: p.phi, vs: p.vs)).ToArray())]);

    [Fact]
    public void F4DecidedOnTheShareOfSinksWithPhiAboveVs()
    {
        Assert.Equal(VerdictOutcome.Holds, FindingF4.Evaluate(Points((0.2, 0.1), (0.3, 0.1), (0.4, 0.35))).Outcome);       // 3/3
        Assert.Equal(VerdictOutcome.PartlyHolds, FindingF4.Evaluate(Points((0.2, 0.1), (0.05, 0.1), (0.4, 0.5))).Outcome); // 1/3
        Assert.Equal(VerdictOutcome.DoesNotHold, FindingF4.Evaluate(Points((0.01, 0.1), (0.05, 0.1), (0.4, 0.5))).Outcome); // 0/3
        var strict = new F4Rule { HoldsShare = 1.0, PartlyShare = 0.9 };
        Assert.Equal(VerdictOutcome.DoesNotHold, FindingF4.Evaluate(Points((0.2, 0.1), (0.3, 0.1), (0.05, 0.35)), strict).Outcome);
        var v = FindingF4.Evaluate(Points((0.2, 0.1), (0.3, 0.1), (0.05, 0.35)));
        Assert.Equal(2.0 / 3.0, v.Numbers.Single(n => n.Name == "share of sinks with φ > VS").Value!.Value, 1e-12);
        Assert.Equal(0.1, v.Numbers.Single(n => n.Name == "median gap φ − VS").Value!.Value, 1e-12);
    }

    private static CrossLinkDirection Direction(string from, string to, double riskPtf, double rivalPtf, double ratio) =>
        new($"{from}→{to}", from, to, from, to, riskPtf, 0.1, 0.05, 0.02, 1000, 196, riskPtf / ratio, ratio, riskPtf,
            [.. new[] { new CountryPtf("CHN", riskPtf, true), new CountryPtf("TWN", rivalPtf, false), new CountryPtf("RoW", 5, false) }.OrderByDescending(c => c.Ptf)]);

    private static CrossLinkMatrix Matrix(params CrossLinkDirection[] d) =>
        new("test", 2011, "CHN", EndpointConvention.Inclusive, 0, [], [.. d]);

    [Fact]
    public void F5CountsFourChecks()
    {
        Assert.Equal(VerdictOutcome.Holds, FindingF5.Evaluate(Matrix(Direction("KOR", "JPN", 0.3, 0.1, 1.2), Direction("JPN", "KOR", 0.2, 0.1, 1.1))).Outcome);
        Assert.Equal(VerdictOutcome.PartlyHolds, FindingF5.Evaluate(Matrix(Direction("KOR", "JPN", 0.3, 0.1, 0.7), Direction("JPN", "KOR", 0.2, 0.1, 0.6))).Outcome);
        Assert.Equal(VerdictOutcome.DoesNotHold, FindingF5.Evaluate(Matrix(Direction("KOR", "JPN", 0.1, 0.3, 0.7), Direction("JPN", "KOR", 0.1, 0.2, 0.6))).Outcome);
        // RoW (an aggregate, PTF 5) is ignored by default but counts when not excluded.
        var ignoringNothing = new F5Rule { ExcludedRegions = [] };
        Assert.Equal(VerdictOutcome.PartlyHolds,
            FindingF5.Evaluate(Matrix(Direction("KOR", "JPN", 0.3, 0.1, 1.2), Direction("JPN", "KOR", 0.2, 0.1, 1.1)), ignoringNothing).Outcome);
        Assert.Equal(VerdictOutcome.DoesNotHold,
            FindingF5.Evaluate(Matrix(Direction("KOR", "JPN", 0.3, 0.1, 1.2), Direction("JPN", "KOR", 0.2, 0.1, 1.1)), new F5Rule { MinRatio = 2, ExcludedRegions = [] }).Outcome);
    }

    [Fact]
    public void VerdictsCarryDatasetYearParametersAndRule()
    {
        var v = FindingTopK.F2(Foreign(("USA_C34T35", 0.9, "c15"), ("USA_C85", 0.8, "c33"), ("USA_C75", 0.7, "c31")));
        Assert.Equal("test", v.Dataset);
        Assert.Equal(2011, v.Year);
        Assert.Contains(v.Parameters, p => p is { Name: "minTivaMusd", Value: "300" });
        Assert.Contains(v.Parameters, p => p is { Name: "topK", Value: "10" });
        Assert.Equal("holds", v.OutcomeText);
        var frame = FindingVerdict.ToFrame([v]);
        Assert.Equal(1, frame.RowCount);
        Assert.True(FindingVerdict.NumbersToFrame([v]).RowCount >= 9);
    }
}
