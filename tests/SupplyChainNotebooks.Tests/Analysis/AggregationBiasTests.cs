using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Analysis;

/// <summary>
/// Aggregating the table changes PTF unless the merged nodes have identical input columns (methodology §1.11). Oracle:
/// the aggregated table rebuilt in exact rational arithmetic (Z = A·diag(x) with x = B·y exact, rows and columns of
/// the merged nodes summed, A* = Z*·diag(x*)⁻¹, B* = (I − A*)⁻¹) and PTF = Σ_{k∈R} b_ik b_kj / b_ij from it.
/// </summary>
public sealed class AggregationBiasTests
{
    private const string MergeChina = """
        # concordance: toy world, merge the two Chinese sectors
        # dimension: node
        # applies-to: toy
        from,to,match,note
        CHN_MIN,CHN_ALL,approximate,different input columns
        CHN_MAN,CHN_ALL,approximate,different input columns
        """;

    private static Concordance Parse(string text, string name) => Concordance.Parse(new StringReader(text), name, name);

    /// <summary>Table whose A is exactly <paramref name="a"/> (x = B y exact, Z = A diag(x)), as ToyWorld builds it.</summary>
    private static MrioTable TableFrom(RationalMatrix a, IReadOnlyList<long> y, IReadOnlyList<NodeLabel> nodes)
    {
        var n = a.Rows;
        var x = ExactOutput(a, y);
        var z = new double[n, n];
        for (var i = 0; i < n; i++) for (var k = 0; k < n; k++) z[i, k] = (a[i, k] * x[k]).ToDouble();
        var f = new double[n, 1];
        for (var i = 0; i < n; i++) f[i, 0] = y[i];
        return MrioTable.Create("toy", null, TableSource.InMemory("aggregation-bias test"), nodes, z, [new FinalDemandColumn("WLD", "FD")], f,
            x.Select(v => v.ToDouble()).ToArray());
    }

    private static Rational[] ExactOutput(RationalMatrix a, IReadOnlyList<long> y)
    {
        var b = a.IdentityMinus().Inverse();
        var x = new Rational[a.Rows];
        for (var i = 0; i < a.Rows; i++)
        {
            var s = Rational.Zero;
            for (var k = 0; k < a.Rows; k++) s += b[i, k] * y[k];
            x[i] = s;
        }
        return x;
    }

    /// <summary>Exact PTF after merging nodes into groups (<paramref name="groupOf"/>), for group s → t with risk groups R.</summary>
    private static Rational ExactMergedPtf(RationalMatrix a, IReadOnlyList<long> y, int[] groupOf, int s, int t, int[] risk)
    {
        var n = a.Rows;
        var m = groupOf.Max() + 1;
        var x = ExactOutput(a, y);
        var zs = new Rational[m, m];
        var xs = new Rational[m];
        for (var g = 0; g < m; g++) { xs[g] = Rational.Zero; for (var h = 0; h < m; h++) zs[g, h] = Rational.Zero; }
        for (var i = 0; i < n; i++)
        {
            xs[groupOf[i]] += x[i];
            for (var k = 0; k < n; k++) zs[groupOf[i], groupOf[k]] += a[i, k] * x[k];
        }
        var aStar = new Rational[m, m];
        for (var g = 0; g < m; g++) for (var h = 0; h < m; h++) aStar[g, h] = zs[g, h] / xs[h];
        var b = new RationalMatrix(aStar).IdentityMinus().Inverse();
        var sum = Rational.Zero;
        foreach (var k in risk) sum += b[s, k] * b[k, t];
        return sum / b[s, t];
    }

    [Fact]
    public void MergingTheToyWorldsChineseSectorsRaisesPtfFrom0676To0823()
    {
        var table = ToyWorld.Table();
        var aggregation = ConcordanceAggregation.Apply(table, Parse(MergeChina, "toy-chn"));
        Assert.Equal(["AUS_MIN", "AUS_MAN", "CHN_ALL", "KOR_MIN", "KOR_MAN"], aggregation.Table.Nodes.Select(n => n.Label));
        Assert.Equal(["CHN_MIN", "CHN_MAN"], aggregation.MembersOf("CHN_ALL"));

        var row = Assert.Single(AggregationBias.Compare(aggregation, "CHN", [("AUS_MIN", "KOR_MAN")]));
        // Before: the published worked example (methodology §2.2), 4660507544110/6894255163439.
        Assert.Equal(new Rational(4660507544110, 6894255163439).ToDouble(), row.PtfDisaggregated!.Value, 12);
        // After: exact rational oracle on the merged table (groups AUS_MIN, AUS_MAN, CHN, KOR_MIN, KOR_MAN).
        var exact = ExactMergedPtf(ToyWorld.A, ToyWorld.FinalDemand, [0, 1, 2, 2, 3, 4], 0, 4, [2]);
        Assert.Equal(exact.ToDouble(), row.PtfAggregated!.Value, 12);
        Assert.Equal(0.823, row.PtfAggregated.Value, 3); // "about 0.823" (methodology §1.11 / issue H)
        Assert.Equal(row.PtfAggregated.Value - row.PtfDisaggregated.Value, row.Bias!.Value, 15);
        Assert.True(row.Bias > 0.14, $"bias {row.Bias}");
        Assert.Equal((2, 1), (row.RiskNodesDisaggregated, row.RiskNodesAggregated));
    }

    [Fact]
    public void IdenticalInputColumnsLeavePtfUnchanged()
    {
        // The toy A with CHN_MIN's input column replaced by CHN_MAN's: the merged nodes have identical input columns.
        var coefficients = ToyWorld.Coefficients.Select(r => r.ToArray()).ToArray();
        for (var i = 0; i < 6; i++) coefficients[i][2] = coefficients[i][3];
        var a = RationalMatrix.Parse(coefficients);
        var table = TableFrom(a, ToyWorld.FinalDemand, ToyWorld.Nodes);
        var aggregation = ConcordanceAggregation.Apply(table, Parse(MergeChina, "toy-chn"));
        var pairs = new[] { ("AUS_MIN", "KOR_MAN"), ("AUS_MAN", "KOR_MIN"), ("KOR_MAN", "AUS_MAN") };
        foreach (var row in AggregationBias.Compare(aggregation, "CHN", pairs))
        {
            Assert.Equal(row.PtfDisaggregated!.Value, row.PtfAggregated!.Value, 12);
            Assert.True(Math.Abs(row.Bias!.Value) < 1e-12, $"{row.Source}→{row.Sink}: bias {row.Bias}");
        }
        // Exactly equal in rational arithmetic: Σ_{k∈{2,3}} b_0k b_k5 / b_05 on the original = merged formula.
        var b = a.IdentityMinus().Inverse();
        var before = (b[0, 2] * b[2, 5] + b[0, 3] * b[3, 5]) / b[0, 5];
        Assert.Equal(before, ExactMergedPtf(a, ToyWorld.FinalDemand, [0, 1, 2, 2, 3, 4], 0, 4, [2]));
        // And the toy's own columns differ, so the same merge there is biased (previous test): the condition is not vacuous.
        Assert.NotEqual(ToyWorld.Coefficients.Select(r => r[2]), ToyWorld.Coefficients.Select(r => r[3]));
    }

    [Fact]
    public void MergedEndpointsAreComparedWithTheTivaWeightedAggregateOfTheirMembers()
    {
        const string mergeKorea = """
            # concordance: toy world, merge Korea's sectors
            # dimension: node
            # applies-to: toy
            from,to
            KOR_MIN,KOR_ALL
            KOR_MAN,KOR_ALL
            """;
        var table = ToyWorld.Table();
        var aggregation = ConcordanceAggregation.Apply(table, Parse(mergeKorea, "toy-kor"));
        var row = Assert.Single(AggregationBias.Compare(aggregation, "CHN", [("AUS_MIN", "KOR_MAN")])); // original label → KOR_ALL
        Assert.Equal("KOR_ALL", row.Sink);
        Assert.Equal(["KOR_MIN", "KOR_MAN"], row.SinkMembers);
        var engine = PassThroughFrequency.For(table, "CHN");
        var tiva = engine.Aggregate(NodeSet.Resolve(table, "AUS_MIN"), NodeSet.Resolve(table, "KOR_MIN+KOR_MAN"));
        Assert.Equal(tiva.Ptf!.Value, row.PtfDisaggregated!.Value, 14);
        var exact = ExactMergedPtf(ToyWorld.A, ToyWorld.FinalDemand, [0, 1, 2, 3, 4, 4], 0, 4, [2, 3]);
        Assert.Equal(exact.ToDouble(), row.PtfAggregated!.Value, 12);
    }
}
