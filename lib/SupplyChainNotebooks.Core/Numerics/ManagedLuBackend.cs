using System.Numerics.Tensors;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Managed LU with partial pivoting on row-major storage: each elimination step updates the trailing rows in parallel
/// with vectorised multiply-adds (System.Numerics.Tensors). Used when no native LAPACK is present.
/// </summary>
public sealed class ManagedLuBackend : IDenseLuBackend
{
    /// <summary>The shared instance.</summary>
    public static ManagedLuBackend Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "managed";

    /// <inheritdoc />
    public IDenseLuFactorization Factor(double[] rowMajor, int n)
    {
        ArgumentNullException.ThrowIfNull(rowMajor);
        if (rowMajor.Length != n * n) throw new ArgumentException($"matrix must hold {n}×{n} values", nameof(rowMajor));
        var a = rowMajor;
        var perm = new int[n];
        for (var i = 0; i < n; i++) perm[i] = i;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        for (var k = 0; k < n; k++)
        {
            var p = k;
            var max = Math.Abs(a[k * n + k]);
            for (var i = k + 1; i < n; i++)
            {
                var v = Math.Abs(a[i * n + k]);
                if (v > max) { max = v; p = i; }
            }
            if (max == 0 || double.IsNaN(max))
                throw new NumericalException($"matrix is singular: no usable pivot in column {k}", [k.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (p != k)
            {
                var tmpRow = new double[n];
                a.AsSpan(k * n, n).CopyTo(tmpRow);
                a.AsSpan(p * n, n).CopyTo(a.AsSpan(k * n, n));
                tmpRow.CopyTo(a.AsSpan(p * n, n));
                (perm[k], perm[p]) = (perm[p], perm[k]);
            }
            var pivot = a[k * n + k];
            var rest = n - k - 1;
            if (rest == 0) break;
            var kk = k;
            void Eliminate(int i)
            {
                var l = a[i * n + kk] / pivot;
                a[i * n + kk] = l;
                if (l == 0) return;
                var pivotRow = new ReadOnlySpan<double>(a, kk * n + kk + 1, rest);
                var row = new Span<double>(a, i * n + kk + 1, rest);
                TensorPrimitives.MultiplyAdd(pivotRow, -l, row, row);
            }
            if ((long)rest * rest < 40_000)
            {
                for (var i = k + 1; i < n; i++) Eliminate(i);
            }
            else
            {
                Parallel.For(k + 1, n, options, Eliminate);
            }
        }
        return new Factorization(a, perm, n);
    }

    private sealed class Factorization(double[] lu, int[] perm, int n) : IDenseLuFactorization
    {
        public int Order => n;

        public void Solve(double[] b, int rightHandSides, bool transpose)
        {
            if (b.Length < n * rightHandSides) throw new ArgumentException("right-hand side array too short", nameof(b));
            if (rightHandSides == 1)
            {
                SolveOne(b.AsSpan(0, n), transpose);
                return;
            }
            Parallel.For(0, rightHandSides, r => SolveOne(b.AsSpan(r * n, n), transpose));
        }

        private void SolveOne(Span<double> x, bool transpose)
        {
            if (!transpose)
            {
                // P M = L U  =>  M x = b  <=>  L U x = P b
                var tmp = new double[n];
                for (var i = 0; i < n; i++) tmp[i] = x[perm[i]];
                for (var i = 0; i < n; i++)
                {
                    var s = tmp[i] - TensorPrimitives.Dot(new ReadOnlySpan<double>(lu, i * n, i), new ReadOnlySpan<double>(tmp, 0, i));
                    tmp[i] = s;
                }
                for (var i = n - 1; i >= 0; i--)
                {
                    var len = n - i - 1;
                    var s = tmp[i] - TensorPrimitives.Dot(new ReadOnlySpan<double>(lu, i * n + i + 1, len), new ReadOnlySpan<double>(tmp, i + 1, len));
                    tmp[i] = s / lu[i * n + i];
                }
                tmp.CopyTo(x);
            }
            else
            {
                // Mᵀ x = b  <=>  Uᵀ Lᵀ P x = b : forward with Uᵀ (column sweeps on rows of U), back with Lᵀ, then unpermute.
                var y = x.ToArray();
                for (var i = 0; i < n; i++)
                {
                    var yi = y[i] / lu[i * n + i];
                    y[i] = yi;
                    var len = n - i - 1;
                    if (yi != 0 && len > 0)
                    {
                        var urow = new ReadOnlySpan<double>(lu, i * n + i + 1, len);
                        var target = new Span<double>(y, i + 1, len);
                        TensorPrimitives.MultiplyAdd(urow, -yi, target, target);
                    }
                }
                for (var i = n - 1; i >= 0; i--)
                {
                    var yi = y[i];
                    if (yi != 0 && i > 0)
                    {
                        var lrow = new ReadOnlySpan<double>(lu, i * n, i);
                        var target = new Span<double>(y, 0, i);
                        TensorPrimitives.MultiplyAdd(lrow, -yi, target, target);
                    }
                }
                for (var i = 0; i < n; i++) x[perm[i]] = y[i];
            }
        }
    }
}
