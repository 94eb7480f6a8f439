using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Model;

/// <summary>
/// The small worlds of methodology §2 for the tutorial notebook (01-method) and for checks: the three-node chain of
/// §2.1 and the three countries × two sectors world of §2.2 (AUS = raw-material exporter, CHN = risk region, KOR = final
/// producer), with exact rational coefficients so closed forms can be compared with exact walk enumeration.
/// </summary>
public static class TutorialWorlds
{
    /// <summary>§2.2 input coefficients A (row = supplier, column = buyer), node order AUS_MIN, AUS_MAN, CHN_MIN, CHN_MAN, KOR_MIN, KOR_MAN.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ThreeCountryCoefficientText { get; } =
    [
        ["0.10", "0.20", "0", "0.15", "0.10", "0.05"],
        ["0.05", "0.15", "0", "0.05", "0", "0.03"],
        ["0", "0", "0.10", "0.20", "0.03", "0.02"],
        ["0", "0.05", "0.05", "0.30", "0", "0.20"],
        ["0", "0", "0", "0", "0.05", "0.05"],
        ["0", "0.02", "0", "0.05", "0.05", "0.25"],
    ];

    /// <summary>§2.2 final demand y.</summary>
    public static IReadOnlyList<long> ThreeCountryFinalDemand { get; } = [10, 40, 5, 120, 2, 60];

    /// <summary>§2.2 nodes.</summary>
    public static IReadOnlyList<NodeLabel> ThreeCountryNodes { get; } =
    [
        new("AUS", "MIN"), new("AUS", "MAN"), new("CHN", "MIN"), new("CHN", "MAN"), new("KOR", "MIN"), new("KOR", "MAN"),
    ];

    /// <summary>§2.2 A in exact arithmetic.</summary>
    public static RationalMatrix ThreeCountryA => RationalMatrix.Parse(ThreeCountryCoefficientText.Select(r => r.ToArray()).ToArray());

    /// <summary>§2.1 chain 1 → 2 → 3 with a self-loop on 2: a_12 = 1/2, a_22 = 1/5, a_23 = 2/5.</summary>
    public static RationalMatrix ThreeNodeA => RationalMatrix.Parse(
    [
        ["0", "0.5", "0"],
        ["0", "0.2", "0.4"],
        ["0", "0", "0"],
    ]);

    /// <summary>
    /// The §2.2 world as an <see cref="MrioTable"/> whose A is exactly the published coefficients: x = B y is computed in
    /// exact arithmetic and Z = A diag(x).
    /// </summary>
    public static MrioTable ThreeCountry()
    {
        var a = ThreeCountryA;
        var b = a.IdentityMinus().Inverse();
        var n = a.Rows;
        var x = new Rational[n];
        for (var i = 0; i < n; i++)
        {
            var s = Rational.Zero;
            for (var k = 0; k < n; k++) s += b[i, k] * ThreeCountryFinalDemand[k];
            x[i] = s;
        }
        var z = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < n; k++) z[i, k] = (a[i, k] * x[k]).ToDouble();
        var f = new double[n, 1];
        for (var i = 0; i < n; i++) f[i, 0] = ThreeCountryFinalDemand[i];
        return MrioTable.Create("tutorial-3x2", null, TableSource.InMemory("methodology §2.2: 3 countries × 2 sectors"), ThreeCountryNodes.ToArray(), z,
            [new FinalDemandColumn("WLD", "FD")], f, x.Select(v => v.ToDouble()).ToArray());
    }
}
