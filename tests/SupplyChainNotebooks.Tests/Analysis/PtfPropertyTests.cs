using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Analysis;

/// <summary>
/// Property tests P1–P11 of methodology §1.10 on seeded random networks and the toy world. Oracles: exact rational
/// matrix powers and inverses, brute-force walk enumeration, and the matrix form (B D_R B) ⊘ B.
/// </summary>
public sealed class PtfPropertyTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 7, 11, 42 };

    private static Rational[,] Power(RationalMatrix a, int m)
    {
        var p = RationalMatrix.Identity(a.Rows);
        for (var t = 0; t < m; t++) p = p.Multiply(a);
        var r = new Rational[a.Rows, a.Rows];
        for (var i = 0; i < a.Rows; i++) for (var j = 0; j < a.Rows; j++) r[i, j] = p[i, j];
        return r;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P1_FiniteWalkIdentityIsExact(int seed)
    {
        var net = RandomNetwork.Create(seed);
        const int maxLength = 5;
        var n = net.A.Rows;
        var powers = Enumerable.Range(0, maxLength + 1).Select(m => Power(net.A, m)).ToArray();
        var (i, j) = (0, n - 1);
        var walks = WalkEnumeration.ExactUpToLength(net.A, i, j, maxLength);
        var expectedTotal = Rational.Zero;
        for (var m = 0; m <= maxLength; m++) expectedTotal += powers[m][i, j];
        Assert.Equal(expectedTotal, walks.TotalWeight);
        for (var k = 0; k < n; k++)
        {
            var expected = Rational.Zero;
            for (var p = 0; p <= maxLength; p++)
                for (var q = 0; p + q <= maxLength; q++) expected += powers[p][i, k] * powers[q][k, j];
            Assert.Equal(expected, walks.WeightedAppearances[k]);
        }
    }

    [Fact]
    public void P1_ToyWorldTruncatedSumsMatchPublishedValues()
    {
        var walks = WalkEnumeration.ExactUpToLength(ToyWorld.A, 0, 5, 6);
        Assert.Equal(0.16743927971, walks.TotalWeight.ToDouble(), 1e-11);
        double[] expected = [0.187883619635, 0.021961406105, 0.001424929250, 0.105028577050, 0.009045099675, 0.225279618255];
        for (var k = 0; k < 6; k++) Assert.Equal(expected[k], walks.WeightedAppearances[k].ToDouble(), 1e-12);
    }

    [Fact]
    public void P2_PrunedEnumerationConvergesToClosedForm()
    {
        var table = ToyWorld.Table();
        var closed = PassThroughFrequency.For(table, "CHN").Pair("AUS_MIN", "KOR_MAN");
        var a = ToyWorld.A.ToDoubles();
        var coarse = WalkEnumeration.Pruned(a, 0, 5, 1e-6, [2, 3]);
        var fine = WalkEnumeration.Pruned(a, 0, 5, 1e-10, [2, 3]);
        // Published: 157 940 walks at ε = 1e-10 with PTF 0.6754898836; tolerance 1e-3 (methodology §2.2).
        Assert.Equal(157_940, fine.Walks);
        Assert.Equal(0.6754898836, fine.Ptf([2, 3]), 1e-9);
        Assert.True(Math.Abs(fine.Ptf([2, 3]) - closed.Ptf!.Value) <= 1e-3);
        Assert.True(Math.Abs(fine.Ptf([2, 3]) - closed.Ptf.Value) < Math.Abs(coarse.Ptf([2, 3]) - closed.Ptf.Value));
        Assert.True(Math.Abs(fine.TotalWeight - closed.LeontiefBij) < Math.Abs(coarse.TotalWeight - closed.LeontiefBij));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P3_NodeAppearancesSumToOnePlusApl(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var b = net.A.IdentityMinus().Inverse();
        var b2 = b.Multiply(b);
        var engine = PassThroughFrequency.For(net.Table, "C1");
        var n = net.A.Rows;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j || b[i, j].IsZero) continue;
                var d = engine.Decompose(i, j);
                var apl = engine.Pair(i, j).Apl!.Value;
                Assert.Equal((b2[i, j] / b[i, j]).ToDouble(), d.Total, 1e-10);
                Assert.Equal(1 + apl, d.Total, 1e-10);
                // Interior appearances sum to APL − 1.
                var interior = Enumerable.Range(0, n).Sum(k => ((b[i, k] - (k == i ? 1 : 0)) * (b[k, j] - (k == j ? 1 : 0)) / b[i, j]).ToDouble());
                Assert.Equal(apl - 1, interior, 1e-10);
            }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P4_InvariantUnderUnitChange(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var t = net.Table;
        var n = t.NodeCount;
        var rng = new Random(seed * 31);
        var d = Enumerable.Range(0, n).Select(_ => 0.1 + 10 * rng.NextDouble()).ToArray();
        // Output of node i measured in a unit d_i times smaller: z'_ik = d_i z_ik, x'_i = d_i x_i, y'_i = d_i y_i.
        var z = new double[n, n];
        var f = new double[n, 1];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++) z[i, k] = d[i] * t.Intermediate(i, k);
            f[i, 0] = d[i] * t.FinalDemand(i, 0);
        }
        var scaled = MrioTable.Create("scaled", null, TableSource.InMemory("scaled"), t.Nodes, z, t.FinalDemandColumns, f,
            Enumerable.Range(0, n).Select(i => d[i] * t.GrossOutput[i]).ToArray());
        var e1 = PassThroughFrequency.For(t, "C1");
        var e2 = PassThroughFrequency.For(scaled, "C1");
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                var p1 = e1.Pair(i, j);
                var p2 = e2.Pair(i, j);
                if (p1.Ptf is null) { Assert.Null(p2.Ptf); continue; }
                Assert.Equal(p1.Ptf.Value, p2.Ptf!.Value, 1e-10);
                Assert.Equal(p1.Theta!.Value, p2.Theta!.Value, 1e-10);
            }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P5_AdditiveOverDisjointRegions(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var t = net.Table;
        var solver = LeontiefSolver.Factor(t);
        double Ptf(string r, int i, int j) => new PassThroughFrequency(solver, NodeSet.Resolve(t, r)).Pair(i, j).Ptf ?? double.NaN;
        for (var i = 0; i < t.NodeCount; i++)
            for (var j = 0; j < t.NodeCount; j++)
            {
                if (i == j) continue;
                var whole = Ptf("C1+C2_I0", i, j);
                if (double.IsNaN(whole)) continue;
                Assert.Equal(Ptf("C1", i, j) + Ptf("C2_I0", i, j), whole, 1e-10);
            }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P6_NodePtfOverTouchShareIsReturnMultiplier(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var b = net.A.IdentityMinus().Inverse();
        var t = net.Table;
        var solver = LeontiefSolver.Factor(t);
        var (i, j) = (0, t.NodeCount - 1);
        for (var k = 1; k < t.NodeCount - 1; k++)
        {
            var p = new PassThroughFrequency(solver, NodeSet.FromIndices(t, [k])).Pair(i, j);
            if (p.Ptf is null || p.Theta is not > 1e-12) continue;
            Assert.Equal(b[k, k].ToDouble(), p.Ptf.Value / p.Theta.Value, 1e-8);
            Assert.Equal(b[k, k].ToDouble(), p.Kappa!.Value, 1e-8);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P7_EndpointTermsAreDiagonalMultipliers(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var b = net.A.IdentityMinus().Inverse();
        var t = net.Table;
        var solver = LeontiefSolver.Factor(t);
        var (i, j) = (0, t.NodeCount - 1);
        Assert.False(b[i, j].IsZero);
        PairIndicators P(int node, EndpointConvention c) =>
            new PassThroughFrequency(solver, NodeSet.FromIndices(t, [node]), new PtfOptions { Convention = c }).Pair(i, j);
        Assert.Equal(b[i, i].ToDouble(), P(i, EndpointConvention.Inclusive).Ptf!.Value, 1e-10);
        Assert.Equal(b[j, j].ToDouble(), P(j, EndpointConvention.Inclusive).Ptf!.Value, 1e-10);
        Assert.Equal(b[i, i].ToDouble() - 1, P(i, EndpointConvention.Interior).Ptf!.Value, 1e-10);
        Assert.Equal(b[j, j].ToDouble() - 1, P(j, EndpointConvention.Interior).Ptf!.Value, 1e-10);
        Assert.Equal(0, P(i, EndpointConvention.ExcludeEndpoints).Ptf!.Value, 1e-15);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P8_AllSourceValueAddedWeightedPtfIsGrossOutputMultiplier(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var b = net.A.IdentityMinus().Inverse();
        var t = net.Table;
        var v = t.PrimaryInputCoefficients();
        var all = NodeSet.Resolve(t, "*");
        var solver = LeontiefSolver.Factor(t);
        for (var k = 0; k < t.NodeCount; k++)
        {
            var engine = new PassThroughFrequency(solver, NodeSet.FromIndices(t, [k]));
            for (var j = 0; j < t.NodeCount; j++)
                Assert.Equal(b[k, j].ToDouble(), engine.TivaWeightedClosedForm(all, NodeSet.FromIndices(t, [j]), v), 1e-10);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P9_TouchShareFromExtractionEqualsBruteForce(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var t = net.Table;
        var region = NodeSet.Resolve(t, "C1");
        var engine = new PassThroughFrequency(LeontiefSolver.Factor(t), region);
        var (i, j) = (0, t.NodeCount - 1);
        var p = engine.Pair(i, j);
        var walks = WalkEnumeration.Pruned(net.Doubles(), i, j, 1e-11, region.Indices);
        Assert.Equal(walks.Theta, p.Theta!.Value, 2e-3);
        Assert.Equal(walks.Ptf(region.Indices), p.Ptf!.Value, 2e-3);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void P10_LoopFormEqualsExactMatrixFormAndConventionsCoincide(int seed)
    {
        var net = RandomNetwork.Create(seed);
        var b = net.A.IdentityMinus().Inverse();
        var t = net.Table;
        var region = NodeSet.Resolve(t, "C1");
        var solver = LeontiefSolver.Factor(t);
        var engines = Enum.GetValues<EndpointConvention>()
            .Select(c => new PassThroughFrequency(solver, region, new PtfOptions { Convention = c })).ToArray();
        var n = t.NodeCount;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j || b[i, j].IsZero || region.Contains(i) || region.Contains(j)) continue;
                var matrixForm = Rational.Zero;
                foreach (var k in region.Indices) matrixForm += b[i, k] * b[k, j];
                matrixForm /= b[i, j];
                foreach (var e in engines) Assert.Equal(matrixForm.ToDouble(), e.Pair(i, j).Ptf!.Value, 1e-10);
            }
    }

    [Fact]
    public void P11_NoRouteGivesNullNeverZero()
    {
        // Node 2 (C1_I0) sells to nobody and buys nothing: no route from it to node 0.
        var nodes = new[] { new NodeLabel("C0", "I0"), new NodeLabel("C0", "I1"), new NodeLabel("C1", "I0") };
        var z = new double[,] { { 10, 5, 0 }, { 5, 10, 0 }, { 0, 0, 0 } };
        var f = new double[,] { { 85 }, { 85 }, { 50 } };
        var table = MrioTable.Create("disconnected", null, TableSource.InMemory("P11"), nodes, z, [new FinalDemandColumn("WLD", "FD")], f, [100, 100, 50]);
        var engine = PassThroughFrequency.For(table, "C0_I1");
        var p = engine.Pair(2, 0);
        Assert.Equal(0, p.LeontiefBij);
        Assert.Null(p.Ptf);
        Assert.Null(p.Theta);
        Assert.Null(p.Kappa);
        Assert.Null(p.Phi);
        Assert.Null(p.Apl);
        var agg = engine.Aggregate(NodeSet.Resolve(table, "C1"), NodeSet.Resolve(table, "C0_I0"));
        Assert.Null(agg.Ptf);
    }
}
