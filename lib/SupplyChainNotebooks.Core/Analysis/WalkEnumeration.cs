using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Analysis;

/// <summary>Result of enumerating walks i → j: total weight Σω, weighted appearances Σ ω N_k per node, touch weight.</summary>
/// <param name="Walks">Number of walks enumerated.</param>
/// <param name="TotalWeight">Σ ω(w) over the walks (→ b_ij).</param>
/// <param name="WeightedAppearances">Σ ω(w) N_k(w) for every node k (→ b_ik b_kj).</param>
/// <param name="TouchWeight">Σ ω(w) over walks that visit the region at least once (→ θ b_ij).</param>
public sealed record WalkSums(long Walks, double TotalWeight, IReadOnlyList<double> WeightedAppearances, double TouchWeight)
{
    /// <summary>Brute-force PTF of the region: Σ_{k∈R} Σ ω N_k / Σ ω.</summary>
    public double Ptf(IEnumerable<int> region) => region.Sum(k => WeightedAppearances[k]) / TotalWeight;

    /// <summary>Brute-force touch share θ.</summary>
    public double Theta => TouchWeight / TotalWeight;
}

/// <summary>Exact walk sums with rational weights (walks of at most L steps).</summary>
/// <param name="Walks">Number of walks.</param>
/// <param name="TotalWeight">Σ ω exactly.</param>
/// <param name="WeightedAppearances">Σ ω N_k exactly, per node.</param>
public sealed record ExactWalkSums(long Walks, Rational TotalWeight, IReadOnlyList<Rational> WeightedAppearances);

/// <summary>
/// Brute-force enumeration of input–output routes (walks) — the independent oracle for the closed forms of the PTF
/// family (methodology §1.3, P1, P2, P9) and the tutorial's "watch it converge" demonstration. A walk from i to j is
/// a node sequence following positive coefficients a_{n_t n_t+1}; its weight is the product of the coefficients.
/// </summary>
public static class WalkEnumeration
{
    /// <summary>
    /// Every walk i → j with at most <paramref name="maxLength"/> steps, in exact arithmetic. The sums equal
    /// Σ_{m≤L} (A^m)_ij and Σ_{a+b≤L} (A^a)_ik (A^b)_kj (finite-horizon Theorem 1).
    /// </summary>
    public static ExactWalkSums ExactUpToLength(RationalMatrix a, int source, int sink, int maxLength)
    {
        var n = a.Rows;
        var appearances = new Rational[n];
        for (var k = 0; k < n; k++) appearances[k] = Rational.Zero;
        var counts = new int[n];
        var total = Rational.Zero;
        long walks = 0;
        void Visit(int node, Rational weight, int length)
        {
            counts[node]++;
            if (node == sink)
            {
                walks++;
                total += weight;
                for (var k = 0; k < n; k++) if (counts[k] > 0) appearances[k] += weight * counts[k];
            }
            if (length < maxLength)
                for (var m = 0; m < n; m++)
                    if (!a[node, m].IsZero) Visit(m, weight * a[node, m], length + 1);
            counts[node]--;
        }
        Visit(source, Rational.One, 0);
        return new ExactWalkSums(walks, total, appearances);
    }

    /// <summary>
    /// Depth-first enumeration of every walk i → j whose weight stays at or above <paramref name="epsilon"/> (pruning
    /// lighter branches). As ε → 0 the sums approach b_ij, b_ik b_kj and θ b_ij.
    /// </summary>
    /// <param name="a">Input coefficients, row = supplier.</param>
    /// <param name="source">i.</param>
    /// <param name="sink">j.</param>
    /// <param name="epsilon">Pruning threshold on the walk weight.</param>
    /// <param name="region">Nodes whose touch weight is accumulated (may be empty).</param>
    /// <param name="maxWalks">Safety cap; enumeration stops (and reports the count) past it.</param>
    public static WalkSums Pruned(double[,] a, int source, int sink, double epsilon, IReadOnlyCollection<int>? region = null, long maxWalks = 50_000_000)
    {
        var n = a.GetLength(0);
        var inRegion = new bool[n];
        if (region is not null) foreach (var k in region) inRegion[k] = true;
        var appearances = new double[n];
        var counts = new int[n];
        var touched = 0;
        double total = 0, touch = 0;
        long walks = 0;
        var successors = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Where(m => a[i, m] > 0).ToArray()).ToArray();
        void Visit(int node, double weight)
        {
            if (walks >= maxWalks) return;
            counts[node]++;
            if (inRegion[node]) touched++;
            if (node == sink)
            {
                walks++;
                total += weight;
                if (touched > 0) touch += weight;
                for (var k = 0; k < n; k++) if (counts[k] > 0) appearances[k] += weight * counts[k];
            }
            foreach (var m in successors[node])
            {
                var w = weight * a[node, m];
                if (w >= epsilon) Visit(m, w);
            }
            if (inRegion[node]) touched--;
            counts[node]--;
        }
        Visit(source, 1.0);
        return new WalkSums(walks, total, appearances, touch);
    }
}
