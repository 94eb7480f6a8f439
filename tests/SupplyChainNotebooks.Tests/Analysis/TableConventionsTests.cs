using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Analysis;

/// <summary>
/// Conventions of issue A.5 on variants of the methodology §2.2 world: a = z / x with the published x (not re-derived),
/// a column with x = 0 is zero, the TiVA flow uses VA_k / x_k when the table has a separate VA row while VS and the
/// identities keep v_k = 1 − Σ_i a_ik.
/// </summary>
public sealed class TableConventionsTests
{
    private const int AusMin = 0, KorMan = 5;

    private static MrioTable Variant(string id, Func<int, int, double>? z = null, Func<int, double>? x = null, IReadOnlyList<double>? valueAdded = null,
        IReadOnlyList<double>? taxes = null)
    {
        var toy = ToyWorld.Table();
        var n = toy.NodeCount;
        var zz = new double[n, n];
        var f = new double[n, 1];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++) zz[i, k] = z?.Invoke(i, k) ?? toy.Intermediate(i, k);
            f[i, 0] = toy.FinalDemand(i, 0);
        }
        var output = Enumerable.Range(0, n).Select(k => x?.Invoke(k) ?? toy.GrossOutput[k]).ToArray();
        return MrioTable.Create(id, null, TableSource.InMemory(id), toy.Nodes, zz, toy.FinalDemandColumns, f, output, valueAdded, taxes);
    }

    [Fact]
    public void TivaFlowUsesTheValueAddedRowWhileVsKeepsAllPrimaryInputs()
    {
        var toy = ToyWorld.Table();
        var v = toy.PrimaryInputCoefficients();
        // 60 % of every primary input is value added, the rest taxes less subsidies.
        var va = Enumerable.Range(0, 6).Select(k => 0.6 * v[k] * toy.GrossOutput[k]).ToArray();
        var tls = Enumerable.Range(0, 6).Select(k => 0.4 * v[k] * toy.GrossOutput[k]).ToArray();
        var table = Variant("va-row", valueAdded: va, taxes: tls);
        var p = PassThroughFrequency.For(table, "CHN").Pair(AusMin, KorMan);

        var bij = ToyWorld.ExactB[AusMin, KorMan].ToDouble();
        Assert.Equal(0.6 * 0.85 * bij * 60, p.TivaFlowMusd, 1e-10);          // (VA_i / x_i) · b_ij · y_j
        Assert.Equal(0.6 * 8.6573545335, p.TivaFlowMusd, 1e-9);
        Assert.Equal(0.2057513717, p.Vs!.Value, 1e-10);                       // VS with v = 1 − Σ a (methodology §1.7)
        Assert.Equal(0.6759987023, p.Ptf!.Value, 1e-10);                      // PTF does not depend on v
        // Without a VA row the residual is value added: the published worked example.
        Assert.Equal(8.6573545335, PassThroughFrequency.For(toy, "CHN").Pair(AusMin, KorMan).TivaFlowMusd, 1e-10);
    }

    [Fact]
    public void CoefficientsUseThePublishedOutputNotARederivedOne()
    {
        // Publish x 10 % above what Z and y imply for every node: a = z / x_published.
        var toy = ToyWorld.Table();
        var table = Variant("published-x", x: k => 1.1 * toy.GrossOutput[k]);
        for (var i = 0; i < 6; i++)
            for (var k = 0; k < 6; k++)
                Assert.Equal(toy.Intermediate(i, k) / (1.1 * toy.GrossOutput[k]), table.InputCoefficient(i, k), 15);
        var b = LeontiefSolver.Factor(table).OutputMultipliers();
        // Second path: the exact inverse of A / 1.1 (every column scaled), column sums.
        var a = ToyWorld.A;
        var scaled = new Rational[6, 6];
        for (var i = 0; i < 6; i++) for (var k = 0; k < 6; k++) scaled[i, k] = a[i, k] * new Rational(10, 11);
        var exact = new RationalMatrix(scaled).IdentityMinus().Inverse();
        for (var k = 0; k < 6; k++)
        {
            var sum = Rational.Zero;
            for (var i = 0; i < 6; i++) sum += exact[i, k];
            Assert.Equal(sum.ToDouble(), b[k], 1e-12);
        }
    }

    [Fact]
    public void AColumnWithZeroOutputIsZero()
    {
        // KOR_MIN (node 4) publishes x = 0 although its column lists inputs: the column of A is zero, not infinite.
        var toy = ToyWorld.Table();
        var zeroOutput = Variant("zero-x", x: k => k == 4 ? 0 : toy.GrossOutput[k]);
        var zeroColumn = Variant("zero-column", z: (i, k) => k == 4 ? 0 : toy.Intermediate(i, k), x: k => k == 4 ? 0 : toy.GrossOutput[k]);
        for (var i = 0; i < 6; i++) Assert.Equal(0, zeroOutput.InputCoefficient(i, 4));
        Assert.Equal(0, zeroOutput.PrimaryInputCoefficients()[4]);
        var e1 = PassThroughFrequency.For(zeroOutput, "CHN");
        var e2 = PassThroughFrequency.For(zeroColumn, "CHN");
        foreach (var j in new[] { 1, 5 })
        {
            var (p1, p2) = (e1.Pair(AusMin, j), e2.Pair(AusMin, j));
            Assert.Equal(p2.Ptf!.Value, p1.Ptf!.Value, 14);
            Assert.Equal(p2.LeontiefBij, p1.LeontiefBij, 14);
            Assert.True(double.IsFinite(p1.TivaFlowMusd));
        }
        // b_{AUS_MIN, KOR_MIN}: the zero column still receives the unit of its own final demand (b_jj = 1), so routes
        // into it are only the direct one-step ones weighted 0 — the pair has b_ij = 0 and PTF is undefined (null).
        var into = e1.Pair(AusMin, 4);
        Assert.Equal(0, into.LeontiefBij);
        Assert.Null(into.Ptf);
    }
}
