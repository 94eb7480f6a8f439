using System.Numerics.Tensors;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Solves M X = B or Mᵀ X = B with the factors of <see cref="BlockedLu"/> (P M = L U, row-major) for many right-hand
/// sides at once. The right-hand sides are the rows of an r × n row-major block (each vector contiguous, as in
/// <see cref="IDenseLuFactorization.Solve"/>), so each triangular sweep is a right-sided solve X T⁻ᵀ done block column by
/// block column: a product with everything solved so far (<see cref="BlockedProduct"/>) and a small in-block
/// substitution. Leading zeros of the right-hand sides (unit vectors, as for <see cref="LeontiefSolver.Inverse"/>) are
/// skipped in the forward sweep, which cuts an inverse's forward work to about a third.
/// </summary>
internal static unsafe class BlockedLuSolve
{
    /// <summary>Width of one block column.</summary>
    private const int Block = 128;

    /// <summary>Right-hand sides are processed in groups so that leading zeros can be skipped per group.</summary>
    private const int MinimumGroup = 192;

    public static void Solve(double[] lu, int[] perm, int n, double[] b, int rightHandSides, bool transpose)
    {
        var groups = Math.Max(1, Math.Min(4, rightHandSides / MinimumGroup));
        var lower = new double[Block * Block];
        var upper = new double[Block * Block];
        fixed (double* l = lu)
        fixed (double* x = b)
        fixed (double* lt = lower)
        fixed (double* ut = upper)
        {
            for (var g = 0; g < groups; g++)
            {
                var r0 = (int)((long)rightHandSides * g / groups);
                var r1 = (int)((long)rightHandSides * (g + 1) / groups);
                var group = new Group(l, perm, n, x + (nint)r0 * n, r1 - r0, lt, ut);
                if (transpose) group.SolveTransposed();
                else group.SolvePlain();
            }
        }
    }

    /// <summary>One group of right-hand sides (rows of x) against the factors.</summary>
    private sealed class Group(double* lu, int[] perm, int n, double* x, int rows, double* lowerBlock, double* upperBlock)
    {

        private bool Parallel => (long)rows * n >= 1 << 16;

        /// <summary>M X = B: permute, forward with unit L, backward with U.</summary>
        public void SolvePlain()
        {
            ForRows(r => Permute(x + (nint)r * n, perm, n, inverse: false));
            var lead = Lead();
            for (var j0 = lead / Block * Block; j0 < n; j0 += Block)
            {
                var jb = Math.Min(Block, n - j0);
                // X[:, J] −= X[:, lead..j0) · L[J, lead..j0)ᵀ
                Product(lead, j0, new StridedMatrix(lu + (nint)j0 * n + lead, 1, n), j0, jb);
                var j = j0;
                ForRows(r =>
                {
                    var y = x + (nint)r * n;
                    for (var i = j + 1; i < j + jb; i++)
                        y[i] -= TensorPrimitives.Dot(new ReadOnlySpan<double>(y + j, i - j), new ReadOnlySpan<double>(lu + (nint)i * n + j, i - j));
                });
            }
            for (var j0 = (n - 1) / Block * Block; j0 >= 0; j0 -= Block)
            {
                var jb = Math.Min(Block, n - j0);
                var j1 = j0 + jb;
                // X[:, J] −= X[:, j1..n) · U[J, j1..n)ᵀ
                Product(j1, n, new StridedMatrix(lu + (nint)j0 * n + j1, 1, n), j0, jb);
                var j = j0;
                ForRows(r =>
                {
                    var y = x + (nint)r * n;
                    for (var i = j + jb - 1; i >= j; i--)
                    {
                        var len = j + jb - i - 1;
                        var s = y[i] - TensorPrimitives.Dot(new ReadOnlySpan<double>(y + i + 1, len), new ReadOnlySpan<double>(lu + (nint)i * n + i + 1, len));
                        y[i] = s / lu[(nint)i * n + i];
                    }
                });
            }
        }

        /// <summary>Mᵀ X = B, i.e. Uᵀ Lᵀ P X = B: forward with Uᵀ, backward with unit Lᵀ, then unpermute.</summary>
        public void SolveTransposed()
        {
            var lead = Lead();
            for (var j0 = lead / Block * Block; j0 < n; j0 += Block)
            {
                var jb = Math.Min(Block, n - j0);
                // X[:, J] −= X[:, lead..j0) · U[lead..j0, J]
                Product(lead, j0, new StridedMatrix(lu + (nint)lead * n + j0, n, 1), j0, jb);
                // Column i of U inside the block, stored as row (i − j0) of upperBlock for contiguous dots.
                for (var i = 0; i < jb; i++)
                    for (var t = 0; t <= i; t++) upperBlock[i * Block + t] = lu[(nint)(j0 + t) * n + j0 + i];
                var j = j0;
                ForRows(r =>
                {
                    var y = x + (nint)r * n;
                    for (var i = 0; i < jb; i++)
                    {
                        var s = y[j + i] - TensorPrimitives.Dot(new ReadOnlySpan<double>(y + j, i), new ReadOnlySpan<double>(upperBlock + i * Block, i));
                        y[j + i] = s / upperBlock[i * Block + i];
                    }
                });
            }
            for (var j0 = (n - 1) / Block * Block; j0 >= 0; j0 -= Block)
            {
                var jb = Math.Min(Block, n - j0);
                var j1 = j0 + jb;
                // X[:, J] −= X[:, j1..n) · L[j1..n, J]
                Product(j1, n, new StridedMatrix(lu + (nint)j1 * n + j0, n, 1), j0, jb);
                // Column i of L inside the block (below the diagonal), stored as row (i − j0) of lowerBlock.
                for (var i = 0; i < jb; i++)
                    for (var t = i + 1; t < jb; t++) lowerBlock[i * Block + t] = lu[(nint)(j0 + t) * n + j0 + i];
                var j = j0;
                ForRows(r =>
                {
                    var y = x + (nint)r * n;
                    for (var i = jb - 1; i >= 0; i--)
                    {
                        var len = jb - i - 1;
                        y[j + i] -= TensorPrimitives.Dot(new ReadOnlySpan<double>(y + j + i + 1, len), new ReadOnlySpan<double>(lowerBlock + i * Block + i + 1, len));
                    }
                });
            }
            ForRows(r => Permute(x + (nint)r * n, perm, n, inverse: true));
        }

        /// <summary>X[:, c0..c0+cols) −= X[:, k0..k1) · B where B is (k1 − k0) × cols.</summary>
        private void Product(int k0, int k1, StridedMatrix b, int c0, int cols)
        {
            if (k1 <= k0) return;
            BlockedProduct.SubtractProduct(rows, cols, k1 - k0, StridedMatrix.RowMajor(x + k0, n), b, x + c0, n, parallel: true);
        }

        /// <summary>First column where any right-hand side of the group is non-zero (n if all are zero).</summary>
        private int Lead()
        {
            var lead = n;
            for (var r = 0; r < rows && lead > 0; r++)
            {
                var first = new ReadOnlySpan<double>(x + (nint)r * n, lead).IndexOfAnyExcept(0.0);
                if (first >= 0) lead = first;
            }
            return lead;
        }

        private void ForRows(Action<int> body)
        {
            if (!Parallel || rows < 2)
            {
                for (var r = 0; r < rows; r++) body(r);
                return;
            }
            System.Threading.Tasks.Parallel.For(0, rows, body);
        }
    }

    private static void Permute(double* row, int[] perm, int n, bool inverse)
    {
        var copy = new Span<double>(row, n).ToArray();
        if (inverse) for (var i = 0; i < n; i++) row[perm[i]] = copy[i];
        else for (var i = 0; i < n; i++) row[i] = copy[perm[i]];
    }
}
