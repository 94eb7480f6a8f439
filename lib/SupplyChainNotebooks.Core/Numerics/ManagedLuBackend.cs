using System.Numerics.Tensors;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Managed LU with partial pivoting on row-major storage, used when no native LAPACK is present (or when forced):
/// a recursive blocked factorisation (<see cref="BlockedLu"/>) whose work is a cache-blocked, register-tiled,
/// vectorised and multi-threaded matrix product (<see cref="BlockedProduct"/>), and blocked multi-right-hand-side
/// triangular solves (<see cref="BlockedLuSolve"/>).
/// </summary>
public sealed class ManagedLuBackend : IDenseLuBackend
{
    /// <summary>Below this many right-hand sides each vector is solved on its own (memory-bound sweeps).</summary>
    private const int BlockedSolveThreshold = 4;

    /// <summary>The shared instance.</summary>
    public static ManagedLuBackend Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "managed";

    /// <summary>The product kernel this CPU runs, e.g. "512-bit vectors, 8×24 tile" (for <c>scn info</c>).</summary>
    public static string Kernel
    {
        get
        {
            var kernel = BlockedProduct.Kernel;
            var (rows, columns) = ProductKernels.Tile(kernel);
            var kind = kernel switch
            {
                ProductKernel.Vector512 => "512-bit vectors",
                ProductKernel.Vector256 => "256-bit vectors",
                _ => "scalar",
            };
            return $"{kind}, {rows}×{columns} tile, {Environment.ProcessorCount} threads";
        }
    }

    /// <inheritdoc />
    public IDenseLuFactorization Factor(double[] rowMajor, int n)
    {
        ArgumentNullException.ThrowIfNull(rowMajor);
        if (n < 0 || rowMajor.Length != (long)n * n) throw new ArgumentException($"matrix must hold {n}×{n} values", nameof(rowMajor));
        var perm = new int[n];
        BlockedLu.Factor(rowMajor, n, perm);
        return new Factorization(rowMajor, perm, n);
    }

    private sealed class Factorization(double[] lu, int[] perm, int n) : IDenseLuFactorization
    {
        public int Order => n;

        public void Solve(double[] b, int rightHandSides, bool transpose)
        {
            if (b.Length < (long)n * rightHandSides) throw new ArgumentException("right-hand side array too short", nameof(b));
            if (n == 0 || rightHandSides <= 0) return;
            if (rightHandSides == 1)
            {
                SolveOne(b.AsSpan(0, n), transpose);
                return;
            }
            if (rightHandSides >= BlockedSolveThreshold)
            {
                BlockedLuSolve.Solve(lu, perm, n, b, rightHandSides, transpose);
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
