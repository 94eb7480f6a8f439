using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Tests;

/// <summary>
/// The 3 countries × 2 sectors world of methodology §2.2, built as an MrioTable whose A is exactly the published
/// coefficient matrix (x = B y computed in exact arithmetic, Z = A diag(x)).
/// </summary>
public static class ToyWorld
{
    public static readonly string[][] Coefficients =
    [
        ["0.10", "0.20", "0", "0.15", "0.10", "0.05"],
        ["0.05", "0.15", "0", "0.05", "0", "0.03"],
        ["0", "0", "0.10", "0.20", "0.03", "0.02"],
        ["0", "0.05", "0.05", "0.30", "0", "0.20"],
        ["0", "0", "0", "0", "0.05", "0.05"],
        ["0", "0.02", "0", "0.05", "0.05", "0.25"],
    ];

    public static readonly long[] FinalDemand = [10, 40, 5, 120, 2, 60];

    public static readonly NodeLabel[] Nodes =
    [
        new("AUS", "MIN"), new("AUS", "MAN"), new("CHN", "MIN"), new("CHN", "MAN"), new("KOR", "MIN"), new("KOR", "MAN"),
    ];

    public static RationalMatrix A => RationalMatrix.Parse(Coefficients);

    public static RationalMatrix ExactB => A.IdentityMinus().Inverse();

    public static MrioTable Table()
    {
        var b = ExactB;
        var n = 6;
        var x = new Rational[n];
        for (var i = 0; i < n; i++)
        {
            var s = Rational.Zero;
            for (var k = 0; k < n; k++) s += b[i, k] * FinalDemand[k];
            x[i] = s;
        }
        var a = A;
        var z = new double[n, n];
        for (var i = 0; i < n; i++) for (var k = 0; k < n; k++) z[i, k] = (a[i, k] * x[k]).ToDouble();
        var f = new double[n, 1];
        for (var i = 0; i < n; i++) f[i, 0] = FinalDemand[i];
        return MrioTable.Create("toy", null, TableSource.InMemory("methodology §2.2"), Nodes, z,
            [new FinalDemandColumn("WLD", "FD")], f, x.Select(v => v.ToDouble()).ToArray());
    }
}
