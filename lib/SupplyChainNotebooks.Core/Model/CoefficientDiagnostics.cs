using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>A column of A whose sum is at or above the warning threshold.</summary>
/// <param name="Node">Node label of the buying column k.</param>
/// <param name="ColumnSum">Σ_i a_ik.</param>
/// <param name="GrossOutput">x_k of that column.</param>
public sealed record CoefficientColumn(string Node, double ColumnSum, double GrossOutput);

/// <summary>
/// Checks that the Leontief inverse exists and is non-negative: every column sum of A below 1 guarantees it; failing
/// that, the spectral radius ρ(A) must be below 1. Column sums ≥ 1 come from negative value added, rounding of tiny
/// sectors or data errors, and make walk sums diverge (methodology §1.2, §1.8).
/// </summary>
/// <param name="MaxColumnSum">Largest Σ_i a_ik.</param>
/// <param name="WorstColumns">Columns with sum ≥ 1, worst first (at most 10).</param>
/// <param name="SpectralRadius">Perron root estimate of A (power iteration); null if not estimated (not needed when every
/// column sum is below 1, since then ρ(A) ≤ max column sum &lt; 1) or if the iteration did not converge.</param>
/// <param name="SpectralRadiusLowerBound">min column sum ≤ ρ(A).</param>
/// <param name="SpectralRadiusUpperBound">ρ(A) ≤ max column sum.</param>
/// <param name="ZeroOutputNodes">Nodes with x = 0 (their columns of A are zero by convention).</param>
public sealed record CoefficientDiagnostics(
    double MaxColumnSum,
    IReadOnlyList<CoefficientColumn> WorstColumns,
    double? SpectralRadius,
    double SpectralRadiusLowerBound,
    double SpectralRadiusUpperBound,
    IReadOnlyList<string> ZeroOutputNodes)
{
    /// <summary>True when some column sum of A is ≥ 1 (walk sums need not converge; check <see cref="SpectralRadius"/>).</summary>
    public bool HasColumnSumWarning => WorstColumns.Count > 0;

    /// <summary>True when ρ(A) ≥ 1: (I − A)⁻¹ is not the convergent series Σ Aᴸ and PTF is meaningless.</summary>
    public bool IsUnproductive => SpectralRadiusLowerBound >= 1 || SpectralRadius is >= 1;

    /// <summary>Warnings in words (empty when the table is fine).</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var list = new List<string>();
            if (HasColumnSumWarning)
                list.Add($"{WorstColumns.Count} column(s) of A sum to ≥ 1 (worst: {string.Join(", ", WorstColumns.Take(5).Select(c => $"{c.Node} {c.ColumnSum:F4}"))})");
            if (IsUnproductive)
                list.Add($"spectral radius of A is ≥ 1 ({SpectralRadius?.ToString("F4", System.Globalization.CultureInfo.InvariantCulture) ?? $"≥ {SpectralRadiusLowerBound:F4}"}): the Leontief inverse is not a convergent walk sum");
            return list;
        }
    }

    /// <summary>Computes the diagnostics of a table's A = Z diag(x)⁻¹.</summary>
    /// <param name="table">The table.</param>
    /// <param name="estimateSpectralRadius">Estimate ρ(A) even when every column sum is below 1 (costs a few passes over Z).</param>
    public static CoefficientDiagnostics Of(MrioTable table, bool estimateSpectralRadius = false)
    {
        var n = table.NodeCount;
        var colSum = table.ColumnSumsOfZ();
        var sums = new double[n];
        var zero = new List<string>();
        for (var k = 0; k < n; k++)
        {
            var x = table.GrossOutput[k];
            if (x == 0) { zero.Add(table.Nodes[k].Label); continue; }
            sums[k] = colSum[k] / x;
        }
        var worst = Enumerable.Range(0, n).Where(k => sums[k] >= 1).OrderByDescending(k => sums[k]).Take(10)
            .Select(k => new CoefficientColumn(table.Nodes[k].Label, sums[k], table.GrossOutput[k])).ToArray();
        var nonZero = Enumerable.Range(0, n).Where(k => table.GrossOutput[k] != 0).Select(k => sums[k]).DefaultIfEmpty(0).ToArray();
        var max = sums.Max();
        double? rho = estimateSpectralRadius || max >= 1 ? PerronRoot(table) : null;
        return new CoefficientDiagnostics(max, worst, rho, nonZero.Min(), max, zero);
    }

    /// <summary>
    /// Power iteration on Aᵀ (column sums as the starting vector) for the Perron root of the non-negative matrix A.
    /// Uses v ← Aᵀv / ‖·‖ with row-major Z, i.e. one pass over Z per iteration.
    /// </summary>
    private static double? PerronRoot(MrioTable table, int maxIterations = 200, double tolerance = 1e-10)
    {
        var n = table.NodeCount;
        var inv = table.GrossOutput.Select(x => x == 0 ? 0 : 1 / x).ToArray();
        var v = Enumerable.Repeat(1.0 / n, n).ToArray();
        double lambda = 0;
        for (var it = 0; it < maxIterations; it++)
        {
            // w = Aᵀ v : w_k = Σ_i a_ik v_i = inv_k Σ_i z_ik v_i
            var w = new double[n];
            for (var i = 0; i < n; i++)
            {
                var vi = v[i];
                if (vi == 0) continue;
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(table.IntermediateRow(i), vi, w, w);
            }
            double norm = 0;
            for (var k = 0; k < n; k++) { w[k] *= inv[k]; norm += w[k]; }
            if (norm <= 0) return 0;
            for (var k = 0; k < n; k++) w[k] /= norm;
            var converged = Math.Abs(norm - lambda) <= tolerance * Math.Max(1, norm);
            lambda = norm;
            v = w;
            if (converged && it > 2) return lambda;
        }
        return null;
    }
}
