using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Tests;

/// <summary>Seeded random small input–output networks with exact rational coefficients (column sums ≤ 0.8).</summary>
public sealed record RandomNetwork(RationalMatrix A, MrioTable Table, long[] FinalDemand)
{
    public static RandomNetwork Create(int seed, int countries = 3, int industries = 2, double density = 0.55)
    {
        var rng = new Random(seed);
        var n = countries * industries;
        var a = new Rational[n, n];
        for (var k = 0; k < n; k++)
        {
            // Column k: pick entries k/100 and rescale so the column sum stays ≤ 0.8.
            var raw = new int[n];
            for (var i = 0; i < n; i++) raw[i] = rng.NextDouble() < density ? rng.Next(1, 30) : 0;
            var sum = raw.Sum();
            var limit = 80;
            for (var i = 0; i < n; i++)
                a[i, k] = sum <= limit ? new Rational(raw[i], 100) : new Rational(raw[i] * limit, 100L * sum);
        }
        var matrix = new RationalMatrix(a);
        var nodes = Enumerable.Range(0, n).Select(i => new NodeLabel($"C{i / industries}", $"I{i % industries}")).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => (long)rng.Next(1, 100)).ToArray();
        var b = matrix.IdentityMinus().Inverse();
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = Rational.Zero;
            for (var k = 0; k < n; k++) s += b[i, k] * y[k];
            x[i] = s.ToDouble();
        }
        var z = new double[n, n];
        for (var i = 0; i < n; i++) for (var k = 0; k < n; k++) z[i, k] = a[i, k].ToDouble() * x[k];
        var f = new double[n, 1];
        for (var i = 0; i < n; i++) f[i, 0] = y[i];
        var table = MrioTable.Create($"random{seed}", null, TableSource.InMemory($"random network seed {seed}"), nodes, z,
            [new FinalDemandColumn("WLD", "FD")], f, x);
        return new RandomNetwork(matrix, table, y);
    }

    public double[,] Doubles() => A.ToDoubles();
}
