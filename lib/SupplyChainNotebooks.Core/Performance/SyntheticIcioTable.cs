using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Performance;

/// <summary>
/// Builds an ICIO-shaped table for benchmarks and scale tests (never for results): C countries × I industries, six
/// final-demand categories per country as in OECD ICIO 2023, strong domestic input blocks, weak and partly absent
/// foreign links, a few zero-output nodes, column sums of A between 0.25 and 0.9, and a balanced table: A and final
/// demand y are drawn, x = (I − A)⁻¹ y is solved, Z = A diag(x), value added and taxes close the columns. The same seed
/// gives the same table. Node codes look like ICIO's (country <c>C01</c>…, industry <c>D01</c>…) but mean nothing.
/// </summary>
public static class SyntheticIcioTable
{
    /// <summary>Final-demand categories per country (ICIO 2023 names).</summary>
    public static readonly IReadOnlyList<string> Categories = ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"];

    /// <summary>Builds the table.</summary>
    /// <param name="countries">Number of countries (77 for ICIO 2023 small).</param>
    /// <param name="industries">Industries per country (45 for ICIO 2023).</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="year">Year stamped on the table (also varies the draw, so a series of years differs).</param>
    public static MrioTable Create(int countries = 77, int industries = 45, int seed = 20231, int year = 2020)
    {
        if (countries < 1 || industries < 1) throw new ArgumentOutOfRangeException(nameof(countries), "need at least one country and one industry");
        var rng = new Random(unchecked(seed * 1_000_003 + year));   // not HashCode.Combine: that is randomised per process
        var n = countries * industries;
        var nodes = new NodeLabel[n];
        for (var c = 0; c < countries; c++)
            for (var i = 0; i < industries; i++)
                nodes[c * industries + i] = new NodeLabel($"C{c + 1:00}", $"D{i + 1:00}");

        // Zero-output nodes: about 0.5 % (an industry that does not exist in a small economy).
        var zero = new bool[n];
        for (var k = 0; k < n; k++) zero[k] = n > 20 && rng.NextDouble() < 0.005;
        var size = new double[countries];
        for (var c = 0; c < countries; c++) size[c] = Math.Exp(rng.NextDouble() * 5);       // economies differ by ~150×

        // A column by column (row-major storage): domestic block dense, foreign rows sparse and small.
        var a = new double[n * n];
        for (var k = 0; k < n; k++)
        {
            if (zero[k]) continue;
            var buyer = k / industries;
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (zero[i]) continue;
                var seller = i / industries;
                double v;
                if (seller == buyer) v = rng.NextDouble() < 0.85 ? Math.Pow(rng.NextDouble(), 3) : 0;
                else v = rng.NextDouble() < 0.9 ? 0.02 * Math.Pow(rng.NextDouble(), 4) * size[seller] / 150 : 0;
                a[i * n + k] = v;
                sum += v;
            }
            if (sum == 0) continue;
            var target = 0.25 + 0.65 * rng.NextDouble();                                      // Σ_i a_ik ∈ [0.25, 0.9]
            for (var i = 0; i < n; i++) a[i * n + k] *= target / sum;
        }

        // Final demand: total y_i split over destinations (mostly domestic) and categories; some negative inventories.
        var m = countries * Categories.Count;
        var f = new double[n * m];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (zero[i]) continue;
            var home = i / industries;
            var total = size[home] * Math.Exp(rng.NextDouble() * 4);
            var domestic = 0.5 + 0.4 * rng.NextDouble();
            Spread(f, i * m + home * Categories.Count, total * domestic, rng);
            var partners = Math.Min(countries - 1, 1 + rng.Next(8));
            for (var p = 0; p < partners; p++)
            {
                var dest = rng.Next(countries);
                if (dest == home) dest = (dest + 1) % countries;
                if (dest == home) continue;
                Spread(f, i * m + dest * Categories.Count, total * (1 - domestic) / partners, rng);
            }
            var row = f.AsSpan(i * m, m);
            foreach (var v in row) y[i] += v;
        }

        // x = (I − A)⁻¹ y, then Z = A diag(x).
        var iMinusA = new double[n * n];
        for (var idx = 0; idx < iMinusA.Length; idx++) iMinusA[idx] = -a[idx];
        for (var k = 0; k < n; k++) iMinusA[k * n + k] += 1;
        var x = (double[])y.Clone();
        LinearAlgebraBackends.Current.Factor(iMinusA, n).Solve(x, 1, transpose: false);
        for (var k = 0; k < n; k++) if (zero[k] || x[k] < 0) x[k] = 0;
        var z = a;                                                                              // reuse the storage
        for (var i = 0; i < n; i++)
        {
            var row = z.AsSpan(i * n, n);
            for (var k = 0; k < n; k++) row[k] *= x[k];
        }
        var colSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = z.AsSpan(i * n, n);
            for (var k = 0; k < n; k++) colSum[k] += row[k];
        }
        var va = new double[n];
        var tls = new double[n];
        for (var k = 0; k < n; k++)
        {
            var primary = x[k] - colSum[k];
            tls[k] = primary * 0.04;
            va[k] = primary - tls[k];
        }
        var fd = new FinalDemandColumn[m];
        for (var c = 0; c < countries; c++)
            for (var t = 0; t < Categories.Count; t++) fd[c * Categories.Count + t] = new FinalDemandColumn($"C{c + 1:00}", Categories[t]);
        return new MrioTable("synthetic", year, TableSource.InMemory($"synthetic ICIO-shaped table ({countries} × {industries}, seed {seed})"),
            nodes, z, fd, f, x, va, tls, null);
    }

    /// <summary>
    /// Another year of a synthetic table, cheaply (no new solve): every column of Z is scaled by its own factor in
    /// [0.9, 1] (so column sums of A stay ≤ 0.9), gross output is kept, the freed output goes to the producer's own
    /// household final demand (rows stay balanced) and value added absorbs the column change (columns stay balanced).
    /// </summary>
    public static MrioTable Vary(MrioTable table, int year, int seed = 20231)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rng = new Random(unchecked((seed * 1_000_003 + year) * 31 + 17));
        var n = table.NodeCount;
        var m = table.FinalDemandColumns.Length;
        var scale = new double[n];
        for (var k = 0; k < n; k++) scale[k] = 0.9 + 0.1 * rng.NextDouble();
        var z = (double[])table.IntermediateStorage.Clone();
        var f = (double[])table.FinalDemandStorage.Clone();
        var va = table.ValueAdded?.ToArray() ?? table.PrimaryInputCoefficients().Select((v, k) => v * table.GrossOutput[k]).ToArray();
        var home = new int[n];
        for (var i = 0; i < n; i++)
        {
            home[i] = -1;
            for (var c = 0; c < m; c++)
                if (string.Equals(table.FinalDemandColumns[c].Country, table.Nodes[i].Country, StringComparison.OrdinalIgnoreCase)) { home[i] = c; break; }
        }
        for (var i = 0; i < n; i++)
        {
            var row = z.AsSpan(i * n, n);
            var freed = 0.0;
            for (var k = 0; k < n; k++)
            {
                var old = row[k];
                row[k] = old * scale[k];
                freed += old - row[k];
                va[k] += old - row[k];
            }
            f[i * m + Math.Max(0, home[i])] += freed;
        }
        return new MrioTable(table.DatasetId, year, table.Source with { Format = table.Source.Format + $", varied for {year}" },
            table.Nodes.ToArray(), z, table.FinalDemandColumns.ToArray(), f, table.GrossOutput.ToArray(), va,
            table.TaxesLessSubsidies?.ToArray(), table.OtherPrimaryInputs.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
    }

    /// <summary>Splits an amount over the six categories of one destination: HFCE most, inventories sometimes negative.</summary>
    private static void Spread(double[] f, int offset, double amount, Random rng)
    {
        double[] weights = [0.55 + 0.2 * rng.NextDouble(), 0.02 * rng.NextDouble(), 0.15 * rng.NextDouble(), 0.2 * rng.NextDouble(), 0, 0.01 * rng.NextDouble()];
        var sum = weights.Sum();
        for (var t = 0; t < weights.Length; t++) f[offset + t] += amount * weights[t] / sum;
        var inventory = amount * 0.03 * (rng.NextDouble() - 0.6);                              // often negative
        f[offset + 4] += inventory;
        f[offset] -= inventory;                                                                 // keeps the total
    }
}
