using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Solves with (I − A) restricted to the kept nodes N (the extracted set R deleted) WITHOUT a new factorisation, from
/// the factorisation of the full (I − A) and the block identity for the inverse of a principal submatrix:
/// [(I − A)_NN]⁻¹ = B_NN − B_NR (B_RR)⁻¹ B_RN. A solve is one full-size solve (zeros at R) and a correction with the
/// |R| columns (or rows) of B at R and a small LU of B_RR, all computed once. Costs 2|R| solves instead of an n³
/// factorisation, which is what hypothetical extraction of one country (θ of the PTF family) needs.
/// </summary>
internal sealed class SchurExtraction : IDenseLuFactorization
{
    private readonly IDenseLuFactorization _full;
    private readonly int _n;
    private readonly int[] _keep;
    private readonly int[] _extracted;
    private readonly Lazy<(double[][] vectors, IDenseLuFactorization small)> _columns;
    private readonly Lazy<(double[][] vectors, IDenseLuFactorization small)> _rows;

    /// <summary>Creates the extraction view.</summary>
    /// <param name="full">Factorisation of the full n × n (I − A).</param>
    /// <param name="keep">Kept nodes (reduced index → full index), ascending.</param>
    /// <param name="extracted">Extracted nodes R.</param>
    public SchurExtraction(IDenseLuFactorization full, int[] keep, int[] extracted)
    {
        _full = full;
        _n = full.Order;
        _keep = keep;
        _extracted = extracted;
        _columns = new(() => Prepare(transpose: false));
        _rows = new(() => Prepare(transpose: true));
    }

    /// <inheritdoc />
    public int Order => _keep.Length;

    /// <summary>
    /// Solves the |R| unit systems that give B_·R (columns) or B_R· (rows) and factors B_RR; throws if B_RR is
    /// singular (then (I − A)_NN is singular too).
    /// </summary>
    private (double[][] vectors, IDenseLuFactorization small) Prepare(bool transpose)
    {
        var r = _extracted.Length;
        var units = new double[_n * r];
        for (var c = 0; c < r; c++) units[c * _n + _extracted[c]] = 1;
        _full.Solve(units, r, transpose);
        var vectors = new double[r][];
        for (var c = 0; c < r; c++) vectors[c] = units.AsSpan(c * _n, _n).ToArray();
        // B_RR row-major: element (a, c) = b_{R[a], R[c]}; columns give vectors[c][R[a]], rows give vectors[a][R[c]].
        var brr = new double[r * r];
        for (var a = 0; a < r; a++)
            for (var c = 0; c < r; c++)
                brr[a * r + c] = transpose ? vectors[a][_extracted[c]] : vectors[c][_extracted[a]];
        try
        {
            return (vectors, ManagedLuBackend.Instance.Factor(brr, r));
        }
        catch (NumericalException e)
        {
            throw new NumericalException($"(I − A) with the extracted nodes deleted is singular: B_RR is singular ({e.Message})");
        }
    }

    /// <inheritdoc />
    public void Solve(double[] b, int rightHandSides, bool transpose)
    {
        var m = _keep.Length;
        var r = _extracted.Length;
        if (rightHandSides <= 0 || m == 0) return;
        var (vectors, small) = transpose ? _rows.Value : _columns.Value;
        var full = new double[_n * rightHandSides];
        for (var t = 0; t < rightHandSides; t++)
            for (var k = 0; k < m; k++) full[t * _n + _keep[k]] = b[t * m + k];
        _full.Solve(full, rightHandSides, transpose);
        // w = B_RR⁻¹ y_R (columns) or B_RR⁻ᵀ z_R (rows), for every right-hand side at once.
        var w = new double[r * rightHandSides];
        for (var t = 0; t < rightHandSides; t++)
            for (var c = 0; c < r; c++) w[t * r + c] = full[t * _n + _extracted[c]];
        small.Solve(w, rightHandSides, transpose);
        Parallel.For(0, rightHandSides, t =>
        {
            var y = full.AsSpan(t * _n, _n);
            for (var c = 0; c < r; c++)
            {
                var wc = w[t * r + c];
                if (wc != 0) System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(vectors[c], -wc, y, y);
            }
            for (var k = 0; k < m; k++) b[t * m + k] = y[_keep[k]];
        });
    }
}
