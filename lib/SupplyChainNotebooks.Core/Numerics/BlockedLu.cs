using System.Globalization;
using System.Numerics.Tensors;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Recursive (Toledo-style) LU with partial pivoting on row-major storage, in place: P M = L U with unit lower L. The
/// column range is split in halves; the left half is factored, the right half gets a unit-lower triangular solve and a
/// Schur-complement update by <see cref="BlockedProduct"/> (where nearly all flops go, vectorised and multi-threaded),
/// then the right half is factored. Row interchanges are applied to whole rows at once, which in row-major storage is a
/// contiguous swap and keeps L and the not-yet-factored columns consistent (LAPACK's convention).
/// </summary>
internal static unsafe class BlockedLu
{
    /// <summary>Panels at most this wide are factored column by column.</summary>
    private const int BaseWidth = 16;

    /// <summary>Triangular solves with at most this many rows are done by row operations.</summary>
    private const int BaseSolve = 32;

    /// <summary>Factors <paramref name="a"/> (n × n, row-major) in place; <paramref name="perm"/>[i] receives the original row at position i.</summary>
    /// <exception cref="NumericalException">No non-zero pivot in some column; <see cref="NumericalException.Nodes"/> holds its index.</exception>
    public static void Factor(double[] a, int n, int[] perm)
    {
        for (var i = 0; i < n; i++) perm[i] = i;
        if (n == 0) return;
        fixed (double* p = a)
        {
            Recurse(p, n, perm, 0, n);
        }
    }

    private static void Recurse(double* a, int n, int[] perm, int c0, int w)
    {
        if (w <= BaseWidth)
        {
            Unblocked(a, n, perm, c0, w);
            return;
        }
        var w1 = w / 2;
        if (w1 > 64) w1 = w1 / 8 * 8;       // tile-friendly widths for the big products
        var c1 = c0 + w1;
        var w2 = w - w1;
        Recurse(a, n, perm, c0, w1);
        // A12 := L11⁻¹ A12, then A22 −= A21 A12.
        UnitLowerSolve(a + (nint)c0 * n + c0, n, w1, a + (nint)c0 * n + c1, n, w2);
        BlockedProduct.SubtractProduct(n - c1, w2, w1,
            StridedMatrix.RowMajor(a + (nint)c1 * n + c0, n), StridedMatrix.RowMajor(a + (nint)c0 * n + c1, n),
            a + (nint)c1 * n + c1, n, parallel: true);
        Recurse(a, n, perm, c1, w2);
    }

    /// <summary>
    /// X := L⁻¹ X for a unit lower-triangular s × s block L (leading dimension ldl) and an s × cols block X (leading
    /// dimension ldx), recursively so that most work is a matrix product.
    /// </summary>
    internal static void UnitLowerSolve(double* l, nint ldl, int s, double* x, nint ldx, int cols)
    {
        if (s <= 1 || cols <= 0) return;
        if (s <= BaseSolve)
        {
            var work = (long)s * s * cols / 2;
            if (work < 1 << 18 || cols < 256)
            {
                UnitLowerRows(l, ldl, s, x, ldx, 0, cols);
                return;
            }
            var chunks = Math.Min(Environment.ProcessorCount * 2, cols / 128);
            nint lp = (nint)l, xp = (nint)x;
            Parallel.For(0, chunks, t =>
            {
                var from = (int)((long)cols * t / chunks);
                var to = (int)((long)cols * (t + 1) / chunks);
                UnitLowerRows((double*)lp, ldl, s, (double*)xp, ldx, from, to);
            });
            return;
        }
        var s1 = s / 2;
        UnitLowerSolve(l, ldl, s1, x, ldx, cols);
        BlockedProduct.SubtractProduct(s - s1, cols, s1, StridedMatrix.RowMajor(l + s1 * ldl, ldl), StridedMatrix.RowMajor(x, ldx),
            x + s1 * ldx, ldx, parallel: true);
        UnitLowerSolve(l + s1 * ldl + s1, ldl, s - s1, x + s1 * ldx, ldx, cols);
    }

    private static void UnitLowerRows(double* l, nint ldl, int s, double* x, nint ldx, int from, int to)
    {
        var len = to - from;
        for (var i = 1; i < s; i++)
        {
            var target = new Span<double>(x + i * ldx + from, len);
            for (var j = 0; j < i; j++)
            {
                var lij = l[i * ldl + j];
                if (lij != 0) TensorPrimitives.MultiplyAdd(new ReadOnlySpan<double>(x + j * ldx + from, len), -lij, target, target);
            }
        }
    }

    /// <summary>Column-by-column LU of the panel of columns [c0, c0 + w) and rows [c0, n).</summary>
    private static void Unblocked(double* a, int n, int[] perm, int c0, int w)
    {
        var end = c0 + w;
        var swap = new double[n];
        for (var j = c0; j < end; j++)
        {
            var p = j;
            var max = Math.Abs(a[(nint)j * n + j]);
            for (var i = j + 1; i < n; i++)
            {
                var v = Math.Abs(a[(nint)i * n + j]);
                if (v > max) { max = v; p = i; }
            }
            if (max == 0 || double.IsNaN(max))
                throw new NumericalException($"matrix is singular: no usable pivot in column {j}", [j.ToString(CultureInfo.InvariantCulture)]);
            if (p != j)
            {
                var rowJ = new Span<double>(a + (nint)j * n, n);
                var rowP = new Span<double>(a + (nint)p * n, n);
                rowJ.CopyTo(swap);
                rowP.CopyTo(rowJ);
                swap.CopyTo(rowP);
                (perm[j], perm[p]) = (perm[p], perm[j]);
            }
            var pivotRow = a + (nint)j * n;
            var inverse = 1.0 / pivotRow[j];
            var rest = end - j - 1;
            var rows = n - j - 1;
            if (rows <= 0) continue;
            if ((long)rows * (rest + 1) < 1 << 15)
            {
                EliminateRows(a, n, j, inverse, rest, j + 1, n);
                continue;
            }
            nint ap = (nint)a;
            var jj = j;
            var chunks = Environment.ProcessorCount;
            Parallel.For(0, chunks, t =>
            {
                var from = jj + 1 + (int)((long)rows * t / chunks);
                var to = jj + 1 + (int)((long)rows * (t + 1) / chunks);
                EliminateRows((double*)ap, n, jj, inverse, rest, from, to);
            });
        }
    }

    private static void EliminateRows(double* a, int n, int j, double inverse, int rest, int from, int to)
    {
        var pivotRow = a + (nint)j * n + j + 1;
        for (var i = from; i < to; i++)
        {
            var row = a + (nint)i * n + j;
            var l = row[0] * inverse;
            row[0] = l;
            if (l == 0) continue;
            var target = row + 1;
            for (var c = 0; c < rest; c++) target[c] -= l * pivotRow[c];
        }
    }
}
