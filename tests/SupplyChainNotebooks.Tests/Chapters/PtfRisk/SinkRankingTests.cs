using Deedle;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

public sealed class SinkRankingTests
{
    internal static SinkRankingRow Row(string sink, double? ptf, string? sector = null, double? phi = null, double? vs = null, double tiva = 100) =>
        new("test", 2011, "test", "CHN", "S", sink, sink.Split('_')[0], sink.Split('_')[1], sector, null, ptf, null,
            null, null, phi, null, vs, tiva, ptf is null ? 0 : 1, false);

    [Fact]
    public void RanksAndRelativePtfByHand()
    {
        // PTFs 0.3, 0.1, undefined, 0.2 → mean over the defined ones 0.2 → RPTF 1.5, 0.5, 1.0.
        var rows = SinkRanking.RankRows([Row("KOR_A", 0.3), Row("KOR_B", 0.1), Row("KOR_C", null), Row("KOR_D", 0.2)]);
        Assert.Equal(["KOR_A", "KOR_D", "KOR_B", "KOR_C"], rows.Select(r => r.Sink));
        Assert.Equal([1, 2, 3, (int?)null], rows.Select(r => r.Rank));
        Assert.Equal(1.5, rows[0].Rptf!.Value, 1e-15);
        Assert.Equal(1.0, rows[1].Rptf!.Value, 1e-15);
        Assert.Equal(0.5, rows[2].Rptf!.Value, 1e-15);
        Assert.Null(rows[3].Rptf);
    }

    [Fact]
    public void RelativePtfAcrossKoreanSinksMatchesWorkedExample()
    {
        // Methodology §2.2: relative-to-average across KOR sinks (source AUS_MIN): KOR_MIN 0.1591012567, KOR_MAN 1.8408987433.
        var table = ToyWorld.Table();
        var engine = PassThroughFrequency.For(table, "CHN");
        var ranking = SinkRanking.Compute(engine, NodeSet.Resolve(table, "AUS_MIN"), NodeSet.Resolve(table, "KOR"), "K-A KOR");
        Assert.Equal(["KOR_MAN", "KOR_MIN"], ranking.Ranked.Select(r => r.Sink));
        Assert.Equal(1.8408987433, ranking.Row("KOR_MAN")!.Rptf!.Value, 1e-10);
        Assert.Equal(0.1591012567, ranking.Row("KOR_MIN")!.Rptf!.Value, 1e-10);
        Assert.Equal(0.6759987023, ranking.Row("KOR_MAN")!.Ptf!.Value, 1e-10);
        Assert.Equal(0.2057513717, ranking.Row("KOR_MAN")!.Vs!.Value, 1e-10);
    }

    [Fact]
    public void AggregatesOverSourcesMatchWorkedExample()
    {
        // S = AUS, sink KOR_MAN only / KOR_MIN only, TiVA-weighted: 0.6423231423 / 0.0695573108 (§2.2).
        var table = ToyWorld.Table();
        var ranking = SinkRanking.Compute(PassThroughFrequency.For(table, "CHN"), NodeSet.Resolve(table, "AUS"), NodeSet.Resolve(table, "KOR"), "K-A KOR");
        Assert.Equal(0.6423231423, ranking.Row("KOR_MAN")!.Ptf!.Value, 1e-10);
        Assert.Equal(0.0695573108, ranking.Row("KOR_MIN")!.Ptf!.Value, 1e-10);
        Assert.Equal(2, ranking.Row("KOR_MAN")!.PairsUsed);
    }

    [Fact]
    public void SinksInsideTheRiskRegionAreLeftOutAndListedOrKeptAndFlagged()
    {
        var table = ToyWorld.Table();
        var engine = PassThroughFrequency.For(table, "CHN");
        var sources = NodeSet.Resolve(table, "AUS_MIN");
        var excluded = SinkRanking.Compute(engine, sources, NodeSet.Resolve(table, "CHN+KOR"), "x");
        Assert.Equal(["CHN_MIN", "CHN_MAN"], excluded.ExcludedSinks.ToArray());
        Assert.DoesNotContain(excluded.Rows, r => r.SinkCountry == "CHN");
        Assert.Contains(excluded.Notes, n => n.Contains("left out", StringComparison.Ordinal));

        var kept = SinkRanking.Compute(engine, sources, NodeSet.Resolve(table, "CHN+KOR"), "x", includeSinksInRisk: true);
        Assert.Empty(kept.ExcludedSinks);
        var chnMin = kept.Row("CHN_MIN")!;
        Assert.True(chnMin.SinkInRisk);
        Assert.Equal(2.6190003169, chnMin.Ptf!.Value, 1e-10);   // inclusive: counts the sink itself (≥ b_jj ≥ 1), §2.2 table
        Assert.Equal(1, chnMin.Rank);
    }

    [Fact]
    public void FrameHasOneRowPerSinkAndMissingForUndefined()
    {
        var ranking = new SinkRanking("t", "test", 2011, "CHN", "S", "T", AggregateWeighting.Tiva, EndpointConvention.Inclusive, 0,
            SinkRanking.RankRows([Row("KOR_A", 0.3), Row("KOR_B", null)]), [], []);
        var frame = ranking.ToFrame();
        Assert.Equal(2, frame.RowCount);
        var ptf = frame.GetColumn<double>("Ptf");
        Assert.Equal(0.3, ptf.Get(0), 1e-15);
        Assert.False(ptf.TryGet(1).HasValue);
        Assert.Contains("Rptf", frame.ColumnKeys);
    }

    [Fact]
    public void DecompositionOverSetsMatchesPairDecompositionAndAggregate()
    {
        var table = ToyWorld.Table();
        var engine = PassThroughFrequency.For(table, "CHN");
        // One source and one sink: identical to the pair decomposition of §2.2.
        var single = engine.Decompose(NodeSet.Resolve(table, "AUS_MIN"), NodeSet.Resolve(table, "KOR_MAN"));
        Assert.Equal(1.2650532209, single.ByCountry["AUS"], 1e-10);
        Assert.Equal(0.6759987023, single.ByCountry["CHN"], 1e-10);
        Assert.Equal(1.4216271561, single.ByCountry["KOR"], 1e-10);
        // Sets: the CHN share equals the TiVA-weighted aggregate PTF (additivity over pass-through nodes, P5).
        var set = engine.Decompose(NodeSet.Resolve(table, "AUS"), NodeSet.Resolve(table, "KOR"));
        Assert.Equal(0.6310550193, set.ByCountry["CHN"], 1e-10);
        var perSink = engine.DecomposePerSink(NodeSet.Resolve(table, "AUS"), NodeSet.Resolve(table, "KOR"));
        Assert.Equal(0.0695573108, perSink[0].ByCountry["CHN"], 1e-10);
        Assert.Equal(0.6423231423, perSink[1].ByCountry["CHN"], 1e-10);
        // Stacked rows for a chart: shares of each sink sum to one.
        var rows = CountryAppearances.Compute(engine, NodeSet.Resolve(table, "AUS"), ["KOR_MIN", "KOR_MAN"], "K-A KOR");
        foreach (var g in rows.GroupBy(r => r.Sink)) Assert.Equal(1, g.Sum(r => r.Share), 1e-12);
        Assert.True(rows.Single(r => r.Sink == "KOR_MAN" && r.Country == "CHN").IsRisk);
    }

    [Fact]
    public void FrequencyVolumeAnalysisOnConstructedPoints()
    {
        // VS 0.1, 0.2, 0.3 with PTF 0.3, 0.5, 0.4: β = (0.1·(−0.1) … ) by hand: x̄ 0.2, ȳ 0.4, Sxy = 0.01, Sxx = 0.02 ⇒ β 0.5, α 0.3.
        var ranking = new SinkRanking("K-A KOR", "test", 2011, "CHN", "S", "T", AggregateWeighting.Tiva, EndpointConvention.Inclusive, 0,
            SinkRanking.RankRows([Row("KOR_A", 0.3, phi: 0.15, vs: 0.1), Row("KOR_B", 0.5, phi: 0.1, vs: 0.2), Row("KOR_C", 0.4, phi: 0.35, vs: 0.3)]), [], []);
        var kd = FrequencyVolumeAnalysis.Compute([ranking]);
        Assert.Equal(0.5, kd.Fit!.Slope, 1e-12);
        Assert.Equal(0.3, kd.Fit.Intercept, 1e-12);
        var b = kd.Points.Single(p => p.Sink == "KOR_B");
        Assert.Equal(0.1, b.Residual!.Value, 1e-12);
        Assert.Equal(-0.1, b.Gap!.Value, 1e-12);
        Assert.Equal(2.0 / 3.0, kd.ShareFrequencyAboveVolume!.Value, 1e-12);
    }
}
