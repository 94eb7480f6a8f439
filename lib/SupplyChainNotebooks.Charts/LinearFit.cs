namespace SupplyChainNotebooks.Charts;

/// <summary>Ordinary least squares line y = a + b x through a set of points (the regression line of a scatter chart).</summary>
/// <param name="Intercept">a.</param>
/// <param name="Slope">b.</param>
/// <param name="RSquared">Coefficient of determination (null when y has no variance).</param>
/// <param name="Count">Points used.</param>
public sealed record LinearFit(double Intercept, double Slope, double? RSquared, int Count)
{
    /// <summary>Fits the line; null when fewer than two points or x has no variance.</summary>
    public static LinearFit? Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new ArgumentException("x and y differ in length");
        var n = x.Count;
        if (n < 2) return null;
        var mx = x.Average();
        var my = y.Average();
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (!(sxx > 0)) return null;
        var b = sxy / sxx;
        return new LinearFit(my - b * mx, b, syy > 0 ? sxy * sxy / (sxx * syy) : null, n);
    }

    /// <summary>a + b x.</summary>
    public double Predict(double x) => Intercept + Slope * x;

    /// <summary>y − (a + b x): positive = above the line.</summary>
    public double Residual(double x, double y) => y - Predict(x);

    /// <summary>"y = a + b·x (R² = …, n = …)".</summary>
    public override string ToString() =>
        $"y = {ChartTheme.Number(Intercept, "G4")} {(Slope < 0 ? "−" : "+")} {ChartTheme.Number(Math.Abs(Slope), "G4")}·x (R² = {ChartTheme.Number(RSquared, "F3")}, n = {Count})";
}
