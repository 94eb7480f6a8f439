using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Analysis;

/// <summary>The exact worked example of methodology §2.2, checked against exact rationals and the published table.</summary>
public sealed class WorkedExampleTests
{
    private const int AusMin = 0, AusMan = 1, ChnMin = 2, ChnMan = 3, KorMin = 4, KorMan = 5;

    [Fact]
    public void ExactLeontiefEntriesMatchPublishedFractions()
    {
        var b = ToyWorld.ExactB;
        Assert.Equal(new Rational(43943350, 258867861), b[AusMin, KorMan]);
        Assert.Equal(new Rational(4004330, 258867861), b[AusMin, ChnMin]);
        Assert.Equal(new Rational(24025980, 86289287), b[AusMin, ChnMan]);
        Assert.Equal(new Rational(10600850, 86289287), b[ChnMin, KorMan]);
        Assert.Equal(new Rational(104921000, 258867861), b[ChnMan, KorMan]);
        Assert.Equal(new Rational(353960500, 258867861), b[KorMan, KorMan]);
        Assert.Equal(new Rational(128516280, 86289287), b[ChnMan, ChnMan]);
    }

    [Fact]
    public void ExactPtfEqualsPublishedRational()
    {
        var b = ToyWorld.ExactB;
        var ptf = (b[AusMin, ChnMin] * b[ChnMin, KorMan] + b[AusMin, ChnMan] * b[ChnMan, KorMan]) / b[AusMin, KorMan];
        Assert.Equal(new Rational(4660507544110, 6894255163439), ptf);
    }

    public static TheoryData<string> Backends => new() { "managed", "openblas" };

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void ChainAusMinToKorManMatchesTableRows(string backendName)
    {
        Skip.If(backendName == "openblas" && !OpenBlasLuBackend.IsAvailable, "libopenblas.so.0 not installed");
        var table = ToyWorld.Table();
        var engine = new PassThroughFrequency(LeontiefSolver.Factor(table, LinearAlgebraBackends.FromName(backendName)), NodeSet.Resolve(table, "CHN"));
        var p = engine.Pair("AUS_MIN", "KOR_MAN");
        Assert.Equal(0.169752049676, p.LeontiefBij, 1e-10);
        Assert.Equal(4660507544110.0 / 6894255163439.0, p.Ptf!.Value, 1e-10);
        Assert.Equal(0.6759987023, p.Ptf.Value, 1e-10);
        Assert.Equal(0.4463671486, p.Theta!.Value, 1e-10);
        Assert.Equal(1.5144454614, p.Kappa!.Value, 1e-10);
        Assert.Equal(0.2010297999, p.Phi!.Value, 1e-10);
        Assert.Equal(2.3626790794, p.Apl!.Value, 1e-10);
        Assert.Equal(0.2057513717, p.Vs!.Value, 1e-10);
        Assert.Equal(8.6573545335, p.TivaFlowMusd, 1e-10);
    }

    [Fact]
    public void ConventionsDifferOnlyWhenAnEndpointIsInTheRegion()
    {
        var table = ToyWorld.Table();
        var solver = LeontiefSolver.Factor(table);
        var risk = NodeSet.Resolve(table, "CHN");
        double Ptf(EndpointConvention c, string i, string j) =>
            new PassThroughFrequency(solver, risk, new PtfOptions { Convention = c }).Pair(i, j).Ptf!.Value;
        Assert.Equal(1.5078892058, Ptf(EndpointConvention.Inclusive, "AUS_MIN", "CHN_MAN"), 1e-10);
        Assert.Equal(0.5078892058, Ptf(EndpointConvention.Interior, "AUS_MIN", "CHN_MAN"), 1e-10);
        Assert.Equal(0.0185237878, Ptf(EndpointConvention.ExcludeEndpoints, "AUS_MIN", "CHN_MAN"), 1e-10);
        foreach (var c in Enum.GetValues<EndpointConvention>())
            Assert.Equal(0.6759987023, Ptf(c, "AUS_MIN", "KOR_MAN"), 1e-10);
    }

    [Fact]
    public void AggregatesMatchPublishedValues()
    {
        var table = ToyWorld.Table();
        var engine = PassThroughFrequency.For(table, "CHN");
        var s = NodeSet.Resolve(table, "AUS");
        var t = NodeSet.Resolve(table, "KOR");
        Assert.Equal(0.6310550193, engine.Aggregate(s, t, AggregateWeighting.Tiva).Ptf!.Value, 1e-10);
        Assert.Equal(0.3813667336, engine.Aggregate(s, t, AggregateWeighting.Mean).Ptf!.Value, 1e-10);
        Assert.Equal(0.4329705250, engine.Aggregate(s, t, AggregateWeighting.Route).Ptf!.Value, 1e-10);
        Assert.Equal(0.6423231423, engine.Aggregate(s, NodeSet.Resolve(table, "KOR_MAN")).Ptf!.Value, 1e-10);
        Assert.Equal(0.0695573108, engine.Aggregate(s, NodeSet.Resolve(table, "KOR_MIN")).Ptf!.Value, 1e-10);
        // Second formula path: the closed form of §1.5 with two solves.
        Assert.Equal(0.6310550193, engine.TivaWeightedClosedForm(s, t), 1e-10);
        // Identity P8: all sources, TiVA weights = Σ_{k∈CHN} b_k,KOR_MAN.
        Assert.Equal(0.5281596158, engine.TivaWeightedClosedForm(NodeSet.Resolve(table, "*"), NodeSet.Resolve(table, "KOR_MAN")), 1e-10);
        // Stacked sum over non-Chinese sources i ≠ j into KOR_MAN.
        var stacked = engine.Aggregate(NodeSet.Resolve(table, "AUS+KOR"), NodeSet.Resolve(table, "KOR_MAN"), AggregateWeighting.Sum);
        Assert.Equal(1.2471636611, stacked.Ptf!.Value, 1e-10);
    }

    [Fact]
    public void CountryDecompositionSumsToOnePlusApl()
    {
        var table = ToyWorld.Table();
        var engine = PassThroughFrequency.For(table, "CHN");
        var d = engine.Decompose(AusMin, KorMan);
        Assert.Equal(1.2650532209, d.ByCountry["AUS"], 1e-10);
        Assert.Equal(0.6759987023, d.ByCountry["CHN"], 1e-10);
        Assert.Equal(1.4216271561, d.ByCountry["KOR"], 1e-10);
        Assert.Equal(3.3626790794, d.Total, 1e-10);
    }
}
