using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Model;

public sealed class CoefficientDiagnosticsTests
{
    private static MrioTable TwoNodes(double[,] a, double[] x, string name = "two")
    {
        var nodes = new[] { new NodeLabel("AAA", "X"), new NodeLabel("BBB", "Y") };
        var z = new double[2, 2];
        for (var i = 0; i < 2; i++) for (var k = 0; k < 2; k++) z[i, k] = a[i, k] * x[k];
        var f = new double[2, 1];
        for (var i = 0; i < 2; i++) f[i, 0] = x[i] - z[i, 0] - z[i, 1];
        return MrioTable.Create(name, null, TableSource.InMemory(name), nodes, z, [new FinalDemandColumn("WLD", "FD")], f, x);
    }

    [Fact]
    public void SpectralRadiusMatchesTheClosedFormEigenvalue()
    {
        var d = CoefficientDiagnostics.Of(TwoNodes(new[,] { { 0.5, 0.4 }, { 0.3, 0.2 } }, [100, 50]), estimateSpectralRadius: true);
        // Eigenvalues of [[0.5, 0.4], [0.3, 0.2]]: (0.7 ± sqrt(0.49 + 0.08)) / 2.
        Assert.Equal((0.7 + Math.Sqrt(0.57)) / 2, d.SpectralRadius!.Value, 1e-9);
        Assert.Equal(0.8, d.MaxColumnSum, 1e-12);
        Assert.False(d.HasColumnSumWarning);
        Assert.False(d.IsUnproductive);
        Assert.Empty(d.Warnings);
    }

    [Fact]
    public void ColumnSumAtOrAboveOneIsReportedWithTheWorstColumn()
    {
        var d = CoefficientDiagnostics.Of(TwoNodes(new[,] { { 0.9, 0.1 }, { 0.3, 0.2 } }, [100, 50]));
        Assert.True(d.HasColumnSumWarning);
        Assert.Equal("AAA_X", d.WorstColumns[0].Node);
        Assert.Equal(1.2, d.WorstColumns[0].ColumnSum, 1e-12);
        Assert.Contains("AAA_X", d.Warnings[0]);
        // A column sum above 1 does not by itself make the table unproductive: ρ = (1.1 + sqrt(1.21 − 0.6)) / 2 < 1.
        Assert.False(d.IsUnproductive);
        Assert.Equal((1.1 + Math.Sqrt(0.61)) / 2, d.SpectralRadius!.Value, 1e-8);
    }

    [Fact]
    public void SpectralRadiusAboveOneIsUnproductive()
    {
        var d = CoefficientDiagnostics.Of(TwoNodes(new[,] { { 0.9, 0.5 }, { 0.3, 0.6 } }, [100, 50]));
        // ρ = (1.5 + sqrt(2.25 − 4·0.39)) / 2 ≈ 1.165.
        Assert.Equal((1.5 + Math.Sqrt(0.69)) / 2, d.SpectralRadius!.Value, 1e-8);
        Assert.True(d.IsUnproductive);
        Assert.Equal(2, d.Warnings.Count);
    }

    [Fact]
    public void ToyWorldIsProductive()
    {
        var d = CoefficientDiagnostics.Of(ToyWorld.Table(), estimateSpectralRadius: true);
        Assert.Equal(0.75, d.MaxColumnSum, 1e-12);
        Assert.InRange(d.SpectralRadius!.Value, d.SpectralRadiusLowerBound, d.SpectralRadiusUpperBound);
    }

    [Fact]
    public void NonFiniteValuesNeverEnterATable()
    {
        var e = Assert.Throws<NumericalException>(() => TwoNodes(new[,] { { double.NaN, 0.1 }, { 0.3, 0.2 } }, [100, 50]));
        Assert.Contains("AAA_X", e.Message);
        Assert.Throws<NumericalException>(() => TwoNodes(new[,] { { 0.1, 0.1 }, { 0.3, 0.2 } }, [double.PositiveInfinity, 50]));
        Assert.Throws<NumericalException>(() => TwoNodes(new[,] { { 0.1, 0.1 }, { 0.3, 0.2 } }, [-1, 50]));
    }
}
