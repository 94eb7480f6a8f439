using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Numerics;

/// <summary>
/// A singular (I − A) is an error that names the nodes involved, on both LU backends: a closed block (columns of A summing
/// to 1 that buy only from each other) is named as a set; any other singularity names the node where the factorisation
/// broke down and the columns of A summing to ≥ 1. A productive table whose columns merely sum to 1 is not refused.
/// </summary>
public sealed class SingularTableTests
{
    public static TheoryData<string> Backends => new("managed", "openblas");

    private static IDenseLuBackend Backend(string name)
    {
        Skip.If(name == "openblas" && !OpenBlasLuBackend.IsAvailable, "libopenblas0-pthread is not installed");
        return LinearAlgebraBackends.FromName(name);
    }

    /// <summary>A table from Z and final demand (one column); x = row sums, no VA row (residual).</summary>
    internal static MrioTable Table(string[] labels, double[,] z, double[] finalDemand, string name = "singular-test")
    {
        var n = labels.Length;
        var f = new double[n, 1];
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            f[i, 0] = finalDemand[i];
            x[i] = finalDemand[i];
            for (var k = 0; k < n; k++) x[i] += z[i, k];
        }
        return MrioTable.Create(name, 2011, TableSource.InMemory(name), labels.Select(NodeLabel.Parse).ToArray(), z,
            [new FinalDemandColumn("WLD", "FD")], f, x);
    }

    /// <summary>X and Y sell all their output to each other (no value added); W is an ordinary node buying from both.</summary>
    internal static MrioTable ClosedPair() => Table(["AUS_X", "KOR_Y", "JPN_W"],
        new double[,] { { 0, 10, 0 }, { 10, 0, 0 }, { 0, 0, 1 } }, [0, 0, 9]);

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void AClosedBlockIsNamedAsASet(string backend)
    {
        var table = ClosedPair();
        var e = Assert.Throws<NumericalException>(() => LeontiefSolver.Factor(table, Backend(backend)));
        Assert.Equal(["AUS_X", "KOR_Y"], e.Nodes);
        Assert.Contains("singular-test 2011", e.Message);
        Assert.Contains("2 node(s) form a closed block", e.Message);
        Assert.Contains("AUS_X, KOR_Y", e.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void ANodeThatBuysOnlyFromItselfIsAClosedBlockOfOne(string backend)
    {
        // a_AA = 1: A uses its whole output's worth of its own product and nothing else (it still sells 1 to B).
        var table = Table(["AUS_A", "AUS_B"], new double[,] { { 5, 1 }, { 0, 2 } }, [-1, 7]);
        var e = Assert.Throws<NumericalException>(() => LeontiefSolver.Factor(table, Backend(backend)));
        Assert.Equal(["AUS_A"], e.Nodes);
        Assert.Contains("buy only from each other (no value added)", e.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void ANodeThatSellsItsWholeOutputToItselfIsAClosedBlockOfOne(string backend)
    {
        // Row A: z_AA = x_A, no final demand, no other buyer (A still buys 1 from B): row A of (I − A) is zero.
        var table = Table(["AUS_A", "AUS_B"], new double[,] { { 5, 0 }, { 1, 2 } }, [0, 7]);
        var e = Assert.Throws<NumericalException>(() => LeontiefSolver.Factor(table, Backend(backend)));
        Assert.Equal(["AUS_A"], e.Nodes);
        Assert.Contains("sell their whole output to each other", e.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void ASalesClosedGroupIsNamedAsASet(string backend)
    {
        // X and Y sell everything to each other and nothing to final demand, but buy inputs from W as well.
        var table = Table(["AUS_X", "KOR_Y", "JPN_W"], new double[,] { { 0, 10, 0 }, { 10, 0, 0 }, { 2, 2, 1 } }, [0, 0, 5]);
        var e = Assert.Throws<NumericalException>(() => LeontiefSolver.Factor(table, Backend(backend)));
        Assert.Equal(["AUS_X", "KOR_Y"], e.Nodes);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void AnotherSingularityNamesTheBreakdownNodeAndTheHeavyColumns(string backend)
    {
        // A = [[0, 2], [0.5, 0]]: det(I − A) = 1 − 2·0.5 = 0 with a column sum of 2 and negative final demand of A — no
        // closed block (A sells twice its output, B half of it). Elimination is exact (pivot 1, multiplier 0.5), so both
        // backends meet an exact zero pivot in column 1.
        var table = Table(["AUS_A", "KOR_B"], new double[,] { { 0, 20 }, { 5, 0 } }, [-10, 5]);
        Assert.Equal(2.0, CoefficientDiagnostics.Of(table).MaxColumnSum, 12);
        var e = Assert.Throws<NumericalException>(() => LeontiefSolver.Factor(table, Backend(backend)));
        Assert.Equal(["KOR_B"], e.Nodes);
        Assert.Contains("the column of KOR_B depends on the columns before it", e.Message);
        Assert.Contains("columns of A summing to ≥ 1: KOR_B 2.0000", e.Message);
        Assert.Contains(backend, e.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void ExtractingTheClosedBlockLeavesASolvableSystem(string backend)
    {
        var table = ClosedPair();
        var solver = LeontiefSolver.FactorWithout(table, [0, 1], Backend(backend));
        // Only W remains: b_WW = 1 / (1 − 0.1).
        Assert.Equal(1 / 0.9, solver.Column(2)[2], 12);
    }

    [Fact]
    public void ABlockThatIsClosedUpToRoundingIsRefusedToo()
    {
        var table = Table(["AUS_X", "KOR_Y", "JPN_W"], new double[,] { { 0, 10, 0 }, { 10 - 1e-11, 0, 0 }, { 0, 0, 1 } }, [1e-11, 0, 9]);
        var e = Assert.Throws<NumericalException>(() => LeontiefSolver.Factor(table, ManagedLuBackend.Instance));
        Assert.Equal(["AUS_X", "KOR_Y"], e.Nodes);
    }

    [Fact]
    public void AColumnSummingToOneWithInputsFromAProductiveNodeIsNotSingular()
    {
        // Column X: a_XX = 0.5, a_WX = 0.5 (sum 1, no value added) but W has value added: det(I − A) = 0.5·1 − 0.3·0.5 = 0.35.
        var table = Table(["AUS_X", "JPN_W"], new double[,] { { 5, 3 }, { 5, 0 } }, [2, 5]);
        Assert.Equal(1.0, table.ColumnSumsOfZ()[0] / table.GrossOutput[0], 12);
        Assert.Equal(0.3, table.ColumnSumsOfZ()[1] / table.GrossOutput[1], 12);
        var solver = LeontiefSolver.Factor(table, ManagedLuBackend.Instance);
        // B = (I − A)⁻¹ = [[1, 0.3], [0.5, 0.5]] / 0.35.
        Assert.Equal(1 / 0.35, solver.Column(0)[0], 10);
        Assert.Equal(0.5 / 0.35, solver.Column(0)[1], 10);
        Assert.Equal(0.3 / 0.35, solver.Column(1)[0], 10);
        Assert.True(CoefficientDiagnostics.Of(table).HasColumnSumWarning);
    }

    [Fact]
    public void NonFiniteInputIsRejectedWhenTheTableIsBuilt()
    {
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var e = Assert.Throws<NumericalException>(() => Table(["AUS_A", "AUS_B"], new double[,] { { 1, bad }, { 0, 1 } }, [1, 1]));
            Assert.Contains("non-finite value", e.Message);
            Assert.Equal(["AUS_A"], e.Nodes);
        }
        var inFinalDemand = Assert.Throws<NumericalException>(() => Table(["AUS_A", "AUS_B"], new double[,] { { 1, 0 }, { 0, 1 } }, [1, double.NaN]));
        Assert.Equal(["AUS_B"], inFinalDemand.Nodes);
    }
}
