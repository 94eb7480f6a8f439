using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// A least-squares line y = α + β x fitted to points (simple OLS with intercept): β = S_xy / S_xx, α = ȳ − β x̄,
/// R² = 1 − SSR / SST.
/// </summary>
/// <param name="Intercept">α.</param>
/// <param name="Slope">β.</param>
/// <param name="RSquared">Coefficient of determination (null when all y are equal).</param>
/// <param name="Count">Number of points n.</param>
/// <param name="SlopeStandardError">Standard error of β, √(SSR / (n − 2) / S_xx) (null for n ≤ 2).</param>
public sealed record OlsLine(double Intercept, double Slope, double? RSquared, int Count, double? SlopeStandardError)
{
    /// <summary>α + β x.</summary>
    public double Predict(double x) => Intercept + Slope * x;

    /// <summary>Residual y − (α + β x).</summary>
    public double Residual(double x, double y) => y - Predict(x);

    /// <summary>Fits the line.</summary>
    /// <exception cref="NumericalException">Fewer than two points, lengths differ, a non-finite value, or all x equal.</exception>
    public static OlsLine Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new NumericalException($"OLS needs as many y as x values ({x.Count} vs {y.Count})");
        var n = x.Count;
        if (n < 2) throw new NumericalException($"OLS needs at least two points, got {n}");
        for (var i = 0; i < n; i++)
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) throw new NumericalException($"OLS point {i} is not finite ({x[i]}, {y[i]})");
        double mx = 0, my = 0;
        for (var i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n; my /= n;
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxx += dx * dx; sxy += dx * dy; syy += dy * dy;
        }
        if (!(sxx > 0)) throw new NumericalException("OLS needs at least two distinct x values");
        var slope = sxy / sxx;
        var intercept = my - slope * mx;
        double ssr = 0;
        for (var i = 0; i < n; i++)
        {
            var e = y[i] - (intercept + slope * x[i]);
            ssr += e * e;
        }
        double? r2 = syy > 0 ? 1 - ssr / syy : null;
        double? se = n > 2 ? Math.Sqrt(ssr / (n - 2) / sxx) : null;
        return new OlsLine(intercept, slope, r2, n, se);
    }
}
