using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Analysis;

/// <summary>
/// The remaining rows of the methodology §2.2 tables (issue A.7: "the table rows to 1e-10"): gross output, the node PTFs
/// of the chain AUS_MIN → KOR_MAN with their interior versions, the interior sum, h_ij, the extraction, the node-level θ,
/// the value-added shares by country, the whole all-pairs PTF(CHN) matrix and the second KIEP-type chain. Expected values
/// are the published decimals; the extraction is also checked against an exact rational inverse of A without CHN.
/// </summary>
public sealed class WorkedExampleTableTests
{
    private const int AusMin = 0, AusMan = 1, ChnMin = 2, ChnMan = 3, KorMin = 4, KorMan = 5;
    private static readonly MrioTable Table = ToyWorld.Table();
    private static readonly LeontiefSolver Solver = LeontiefSolver.Factor(Table);

    private static PassThroughFrequency Engine(string risk, EndpointConvention convention = EndpointConvention.Inclusive, bool excludeSelfPairs = true) =>
        new(Solver, NodeSet.Resolve(Table, risk), new PtfOptions { Convention = convention, ExcludeSelfPairs = excludeSelfPairs });

    [Fact]
    public void GrossOutputIsBTimesFinalDemand()
    {
        double[] published = [66.622275270, 66.574758347, 54.040000145, 207.497042068, 7.162418822, 96.085957615];
        for (var k = 0; k < 6; k++) Assert.Equal(published[k], Table.GrossOutput[k], 1e-9);
        var v = Table.PrimaryInputCoefficients();
        double[] publishedV = [0.85, 0.58, 0.85, 0.25, 0.77, 0.40];
        for (var k = 0; k < 6; k++) Assert.Equal(publishedV[k], v[k], 1e-12);
    }

    [Fact]
    public void NodePtfsOfTheChainMatchTheTableRows()
    {
        var d = Engine("CHN").Decompose(AusMin, KorMan);
        Assert.Equal(1.1269746228, d.ByNode["AUS_MIN"], 1e-10);
        Assert.Equal(0.1380785981, d.ByNode["AUS_MAN"], 1e-10);
        Assert.Equal(0.0111949075, d.ByNode["CHN_MIN"], 1e-10);
        Assert.Equal(0.6648037949, d.ByNode["CHN_MAN"], 1e-10);
        Assert.Equal(0.0542866967, d.ByNode["KOR_MIN"], 1e-10);
        Assert.Equal(1.3673404595, d.ByNode["KOR_MAN"], 1e-10);
        Assert.Equal(3.3626790794, d.Total, 1e-10);

        // Endpoint rows: inclusive = b_ii / b_jj, interior = b − 1.
        Assert.Equal(1.1269746228, Engine("AUS_MIN").Pair(AusMin, KorMan).Ptf!.Value, 1e-10);
        Assert.Equal(0.1269746228, Engine("AUS_MIN", EndpointConvention.Interior).Pair(AusMin, KorMan).Ptf!.Value, 1e-10);
        Assert.Equal(1.3673404595, Engine("KOR_MAN").Pair(AusMin, KorMan).Ptf!.Value, 1e-10);
        Assert.Equal(0.3673404595, Engine("KOR_MAN", EndpointConvention.Interior).Pair(AusMin, KorMan).Ptf!.Value, 1e-10);

        // Σ_k interior node PTF = APL − 1; h_ij = APL · b_ij (i ≠ j).
        var all = Engine("*", EndpointConvention.Interior).Pair(AusMin, KorMan);
        Assert.Equal(1.3626790794, all.Ptf!.Value, 1e-10);
        var chain = Engine("CHN").Pair(AusMin, KorMan);
        Assert.Equal(0.4010696164, chain.Apl!.Value * chain.LeontiefBij, 1e-10);
    }

    [Fact]
    public void ExtractionAndNodeLevelTouchShare()
    {
        var chain = Engine("CHN").Pair(AusMin, KorMan);
        // b_ij with CHN extracted, from the published θ and, independently, from the exact inverse of A without CHN.
        Assert.Equal(0.0939803113, chain.LeontiefBij * (1 - chain.Theta!.Value), 1e-10);
        int[] keep = [AusMin, AusMan, KorMin, KorMan];
        var a = ToyWorld.A;
        var sub = new Rational[4, 4];
        for (var r = 0; r < 4; r++) for (var c = 0; c < 4; c++) sub[r, c] = a[keep[r], keep[c]];
        var extracted = new RationalMatrix(sub).IdentityMinus().Inverse()[0, 3];
        Assert.Equal(0.0939803113, extracted.ToDouble(), 1e-10);
        var exactTheta = Rational.One - extracted / ToyWorld.ExactB[AusMin, KorMan];
        Assert.Equal(exactTheta.ToDouble(), chain.Theta.Value, 1e-12);

        // Node level: θ({CHN_MAN}) and PTF/θ = b_33.
        var node = Engine("CHN_MAN").Pair(AusMin, KorMan);
        Assert.Equal(0.4463671486, node.Theta!.Value, 1e-10);
        Assert.Equal(1.4893654180, node.Ptf!.Value / node.Theta.Value, 1e-10);
        Assert.Equal(ToyWorld.ExactB[ChnMan, ChnMan].ToDouble(), node.Kappa!.Value, 1e-10);
    }

    [Fact]
    public void ValueAddedSharesByCountry()
    {
        Assert.Equal(0.1918991732, Engine("AUS").ValueAddedShare(KorMan), 1e-10);
        Assert.Equal(0.2057513717, Engine("CHN").ValueAddedShare(KorMan), 1e-10);
        Assert.Equal(0.6023494550, Engine("KOR").ValueAddedShare(KorMan), 1e-10);
        Assert.Equal(0.0420612808, Engine("CHN").ValueAddedShare(KorMin), 1e-10);
    }

    public static TheoryData<int, int, double> AllPairs
    {
        get
        {
            double[,] published =
            {
                { 0.0013684601, 0.0972180599, 2.6190003169, 1.5078892058, 0.0584237691, 0.6759987023 },
                { 0.0089371506, 0.0089371506, 2.6190003169, 1.5078892058, 0.2507803016, 0.5402641614 },
                { 2.5689896439, 2.5689896439, 1.1540575589, 2.6190003169, 1.3230451871, 2.2296604684 },
                { 1.5085328186, 1.5085328186, 2.6190003169, 1.5078892058, 1.6320087554, 1.5144454614 },
                { 0.2640515115, 0.2640515115, 2.6190003169, 1.5078892058, 0.0001372340, 0.0309007973 },
                { 0.2640515115, 0.2640515115, 2.6190003169, 1.5078892058, 0.0380620987, 0.0309007973 },
            };
            var data = new TheoryData<int, int, double>();
            for (var i = 0; i < 6; i++) for (var j = 0; j < 6; j++) data.Add(i, j, published[i, j]);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void AllPairsPtfOfChinaMatchesThePublishedMatrix(int i, int j, double published)
    {
        // The diagonal is shown in the methodology but excluded by default; Pair() computes it on request.
        Assert.Equal(published, Engine("CHN").Pair(i, j).Ptf!.Value, 1e-10);
        var inSets = Engine("CHN").Pairs(NodeSet.FromIndices(Table, [i]), NodeSet.FromIndices(Table, [j]));
        if (i == j) Assert.Empty(inSets);
        else Assert.Equal(published, Assert.Single(inSets).Ptf!.Value, 1e-10);
    }

    [Fact]
    public void SecondChainAndStackedSumWithTheSelfPairWronglyKept()
    {
        var second = Engine("CHN").Pair(KorMan, AusMan);
        Assert.Equal(0.2640515115, second.Ptf!.Value, 1e-10);
        Assert.Equal(0.1750386257, second.Theta!.Value, 1e-10);

        var sources = NodeSet.Resolve(Table, "AUS+KOR");
        var sink = NodeSet.Resolve(Table, "KOR_MAN");
        Assert.Equal(1.2471636611, Engine("CHN").Aggregate(sources, sink, AggregateWeighting.Sum).Ptf!.Value, 1e-10);
        Assert.Equal(1.2780644584, Engine("CHN", excludeSelfPairs: false).Aggregate(sources, sink, AggregateWeighting.Sum).Ptf!.Value, 1e-10);
    }
}
