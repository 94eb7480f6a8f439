using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Errors;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

public sealed class OlsLineTests
{
    [Fact]
    public void FitsHandComputedCase()
    {
        // x = 0,1,2,3; y = 1,3,2,5: x̄ = 3/2, ȳ = 11/4, Sxx = 5, Sxy = 11/2 ⇒ β = 11/10, α = 11/4 − 33/20 = 11/10.
        // Residuals −1/10, 4/5, −13/10, 3/5; SSR = 27/10, SST = 35/4 ⇒ R² = 1 − 54/175 = 121/175; SE(β) = √(27/100).
        var fit = OlsLine.Fit([0, 1, 2, 3], [1, 3, 2, 5]);
        Assert.Equal(1.1, fit.Slope, 1e-14);
        Assert.Equal(1.1, fit.Intercept, 1e-14);
        Assert.Equal(121.0 / 175.0, fit.RSquared!.Value, 1e-14);
        Assert.Equal(Math.Sqrt(0.27), fit.SlopeStandardError!.Value, 1e-14);
        Assert.Equal(4, fit.Count);
        double[] expected = [-0.1, 0.8, -1.3, 0.6];
        for (var i = 0; i < 4; i++) Assert.Equal(expected[i], fit.Residual(i, new double[] { 1, 3, 2, 5 }[i]), 1e-14);
    }

    [Fact]
    public void ExactLineHasZeroResidualsAndUnitRSquared()
    {
        var fit = OlsLine.Fit([0.1, 0.4, 0.7], [1.2, 2.4, 3.6]);
        Assert.Equal(4, fit.Slope, 1e-12);
        Assert.Equal(0.8, fit.Intercept, 1e-12);
        Assert.Equal(1, fit.RSquared!.Value, 1e-12);
    }

    [Fact]
    public void RejectsDegenerateInput()
    {
        Assert.Throws<NumericalException>(() => OlsLine.Fit([1], [2]));
        Assert.Throws<NumericalException>(() => OlsLine.Fit([1, 1, 1], [1, 2, 3]));
        Assert.Throws<NumericalException>(() => OlsLine.Fit([1, 2], [1]));
        Assert.Throws<NumericalException>(() => OlsLine.Fit([1, double.NaN], [1, 2]));
        Assert.Null(OlsLine.Fit([1, 2, 3], [5, 5, 5]).RSquared);
    }

    [Fact]
    public void SpearmanOfHandRanks()
    {
        // a ranks x<y<z, b ranks y<x<z: d² = 1+1+0 ⇒ ρ = 1 − 6·2/(3·8) = 1/2.
        var a = new Dictionary<string, double> { ["x"] = 1, ["y"] = 2, ["z"] = 3, ["only-a"] = 9 };
        var b = new Dictionary<string, double> { ["x"] = 20, ["y"] = 10, ["z"] = 30 };
        Assert.Equal(0.5, RankCorrelation.Spearman(a, b)!.Value, 1e-14);
        Assert.Equal([1.5, 1.5, 3], RankCorrelation.Ranks([2, 2, 5]));
    }
}
