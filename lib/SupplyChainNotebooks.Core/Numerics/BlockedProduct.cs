using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// C −= A·B for dense blocks (the work horse of the managed LU and of multi-right-hand-side solves). Cache-blocked in the
/// Goto/BLIS way: B is packed once per k-block into strips of the kernel's width (shared by all threads), A is packed
/// per row block into panels of the kernel's height, and a register-blocked vector kernel
/// (<see cref="ProductKernels"/>) updates each tile of C. Work is spread over row blocks (and column ranges when there
/// are few rows) with <see cref="Parallel"/>.
/// </summary>
internal static unsafe class BlockedProduct
{
    /// <summary>Depth of one k-block (a B strip of <c>KBlock × 24</c> doubles stays in L1).</summary>
    private const int KBlock = 192;

    /// <summary>Rows of one A block (<c>RowBlock × KBlock</c> doubles stay in L2).</summary>
    private const int RowBlock = 96;

    /// <summary>Below this many multiply-adds the product runs on the calling thread.</summary>
    private const long ParallelThreshold = 1L << 21;

    [ThreadStatic] private static PinnedBuffer? t_packA;
    [ThreadStatic] private static PinnedBuffer? t_packB;

    private static readonly AsyncLocal<ProductKernel?> s_forced = new();

    /// <summary>Kernel in use: the best one for this CPU unless <see cref="Force"/> chose another for this flow of work.</summary>
    internal static ProductKernel Kernel => s_forced.Value ?? ProductKernels.Best;

    /// <summary>
    /// Uses <paramref name="kernel"/> in the current asynchronous flow (and the parallel work it starts) until the result
    /// is disposed; lets the test suite check every kernel against the oracle on one machine.
    /// </summary>
    internal static IDisposable Force(ProductKernel kernel)
    {
        var previous = s_forced.Value;
        s_forced.Value = kernel;
        return new Restore(() => s_forced.Value = previous);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>C[m × n] −= A[m × k] · B[k × n]; C is row-major with leading dimension <paramref name="ldc"/>.</summary>
    public static void SubtractProduct(int m, int n, int k, StridedMatrix a, StridedMatrix b, double* c, nint ldc, bool parallel)
    {
        if (m <= 0 || n <= 0 || k <= 0) return;
        var kernel = Kernel;
        var (mr, nr) = ProductKernels.Tile(kernel);
        var strips = (n + nr - 1) / nr;
        var rowBlocks = (m + RowBlock - 1) / RowBlock;
        var threads = parallel && (long)m * n * k >= ParallelThreshold ? Environment.ProcessorCount : 1;
        // Enough work items for every thread: split the columns too when there are few row blocks.
        var columnChunks = threads == 1 ? 1 : Math.Min(strips, Math.Max(1, (2 * threads + rowBlocks - 1) / rowBlocks));
        var stripsPerChunk = (strips + columnChunks - 1) / columnChunks;
        columnChunks = (strips + stripsPerChunk - 1) / stripsPerChunk;

        var packB = (t_packB ??= new PinnedBuffer()).Get((long)Math.Min(k, KBlock) * strips * nr);
        for (var pc = 0; pc < k; pc += KBlock)
        {
            var kb = Math.Min(KBlock, k - pc);
            var bBlock = b.Offset(pc, 0);
            if (threads == 1) PackB(bBlock, kb, n, nr, packB, 0, strips);
            else
            {
                var packBAddress = (nint)packB;
                Parallel.For(0, threads, t =>
                {
                    var per = (strips + threads - 1) / threads;
                    PackB(bBlock, kb, n, nr, (double*)packBAddress, t * per, Math.Min(strips, (t + 1) * per));
                });
            }
            var aBlock = a.Offset(0, pc);
            var items = rowBlocks * columnChunks;
            if (threads == 1)
            {
                for (var item = 0; item < items; item++)
                    Tile(kernel, mr, nr, item / columnChunks, item % columnChunks, stripsPerChunk, strips, m, n, kb, aBlock, packB, c, ldc);
            }
            else
            {
                var packBAddress = (nint)packB;
                var cAddress = (nint)c;
                var chunks = columnChunks;
                Parallel.For(0, items, new ParallelOptions { MaxDegreeOfParallelism = threads }, item =>
                    Tile(kernel, mr, nr, item / chunks, item % chunks, stripsPerChunk, strips, m, n, kb, aBlock,
                        (double*)packBAddress, (double*)cAddress, ldc));
            }
        }
    }

    /// <summary>One row block × one column range of C, for the current k-block.</summary>
    private static void Tile(ProductKernel kernel, int mr, int nr, int rowBlock, int chunk, int stripsPerChunk, int strips,
        int m, int n, int kb, StridedMatrix a, double* packB, double* c, nint ldc)
    {
        var i0 = rowBlock * RowBlock;
        var mb = Math.Min(RowBlock, m - i0);
        var panels = (mb + mr - 1) / mr;
        var packA = (t_packA ??= new PinnedBuffer()).Get((long)panels * mr * kb);
        PackA(a.Offset(i0, 0), mb, kb, mr, packA);
        var s0 = chunk * stripsPerChunk;
        var s1 = Math.Min(strips, s0 + stripsPerChunk);
        var edge = stackalloc double[mr * nr];
        for (var s = s0; s < s1; s++)
        {
            var j0 = s * nr;
            var nb = Math.Min(nr, n - j0);
            var bStrip = packB + (nint)s * nr * kb;
            for (var ir = 0; ir < mb; ir += mr)
            {
                var rows = Math.Min(mr, mb - ir);
                var aPanel = packA + (nint)(ir / mr) * mr * kb;
                var cTile = c + (i0 + ir) * ldc + j0;
                if (rows == mr && nb == nr)
                {
                    ProductKernels.Run(kernel, kb, aPanel, bStrip, cTile, ldc);
                    continue;
                }
                new Span<double>(edge, mr * nr).Clear();
                ProductKernels.Run(kernel, kb, aPanel, bStrip, edge, nr);
                for (var r = 0; r < rows; r++)
                    for (var j = 0; j < nb; j++) cTile[r * ldc + j] += edge[r * nr + j];
            }
        }
    }

    /// <summary>Packs B[0..kb, strips s0..s1) as strips of nr columns (p-major inside a strip), zero-padded at the edge.</summary>
    private static void PackB(StridedMatrix b, int kb, int n, int nr, double* dst, int s0, int s1)
    {
        for (var s = s0; s < s1; s++)
        {
            var j0 = s * nr;
            var nb = Math.Min(nr, n - j0);
            var d = dst + (nint)s * nr * kb;
            if (b.ColStride == 1)
            {
                for (var p = 0; p < kb; p++, d += nr)
                {
                    new ReadOnlySpan<double>(b.At(p, j0), nb).CopyTo(new Span<double>(d, nb));
                    if (nb < nr) new Span<double>(d + nb, nr - nb).Clear();
                }
            }
            else
            {
                for (var p = 0; p < kb; p++, d += nr)
                {
                    var src = b.At(p, j0);
                    for (var j = 0; j < nb; j++) d[j] = src[j * b.ColStride];
                    for (var j = nb; j < nr; j++) d[j] = 0;
                }
            }
        }
    }

    /// <summary>Packs A[0..mb, 0..kb) as panels of mr rows (p-major inside a panel), zero-padded at the edge.</summary>
    private static void PackA(StridedMatrix a, int mb, int kb, int mr, double* dst)
    {
        for (var ir = 0; ir < mb; ir += mr)
        {
            var rows = Math.Min(mr, mb - ir);
            if (a.RowStride == 1)
            {
                // Column-contiguous source (a transposed row-major block): copy runs of rows.
                for (var p = 0; p < kb; p++, dst += mr)
                {
                    new ReadOnlySpan<double>(a.At(ir, p), rows).CopyTo(new Span<double>(dst, rows));
                    for (var r = rows; r < mr; r++) dst[r] = 0;
                }
                continue;
            }
            for (var r = 0; r < rows; r++)
            {
                var src = a.At(ir + r, 0);
                var d = dst + r;
                if (a.ColStride == 1)
                    for (var p = 0; p < kb; p++, d += mr) *d = src[p];
                else
                    for (var p = 0; p < kb; p++, d += mr) *d = src[p * a.ColStride];
            }
            for (var r = rows; r < mr; r++)
            {
                var d = dst + r;
                for (var p = 0; p < kb; p++, d += mr) *d = 0;
            }
            dst += (nint)mr * kb;
        }
    }

    /// <summary>A per-thread pinned, 64-byte aligned scratch buffer that only grows.</summary>
    private sealed class PinnedBuffer
    {
        private double[] _array = [];
        private nint _aligned;

        public double* Get(long length)
        {
            if (_array.Length < length + 8)
            {
                _array = GC.AllocateUninitializedArray<double>((int)Math.Max(length + 8, _array.Length * 3L / 2), pinned: true);
                var start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_array));
                _aligned = (start + 63) & ~(nint)63;
            }
            return (double*)_aligned;
        }
    }
}
