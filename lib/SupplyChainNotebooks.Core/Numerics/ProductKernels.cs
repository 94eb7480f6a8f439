using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SupplyChainNotebooks.Numerics;

/// <summary>The register-blocked micro-kernels of <see cref="BlockedProduct"/>.</summary>
internal enum ProductKernel
{
    /// <summary>8 × 24 tile with 512-bit vectors (AVX-512).</summary>
    Vector512,

    /// <summary>6 × 8 tile with 256-bit vectors (AVX2 / FMA).</summary>
    Vector256,

    /// <summary>4 × 4 tile in scalar code (any CPU).</summary>
    Scalar,
}

/// <summary>
/// Micro-kernels: C[mr × nr] −= Ã·B̃ for one packed A panel (kb steps of mr values) and one packed B strip (kb steps of
/// nr values). C is row-major with leading dimension ldc. The accumulators stay in registers for the whole k loop.
/// </summary>
internal static unsafe class ProductKernels
{
    /// <summary>Rows and columns of a kernel's tile.</summary>
    public static (int Rows, int Columns) Tile(ProductKernel kernel) => kernel switch
    {
        ProductKernel.Vector512 => (8, 24),
        ProductKernel.Vector256 => (6, 8),
        _ => (4, 4),
    };

    /// <summary>The fastest kernel this CPU runs in hardware.</summary>
    public static ProductKernel Best =>
        Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Fma.IsSupported ? ProductKernel.Vector512
        : Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Fma.IsSupported ? ProductKernel.Vector256
        : ProductKernel.Scalar;

    /// <summary>Runs the kernel on a full tile.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Run(ProductKernel kernel, int kb, double* a, double* b, double* c, nint ldc)
    {
        switch (kernel)
        {
            case ProductKernel.Vector512: Kernel8x24(kb, a, b, c, ldc); break;
            case ProductKernel.Vector256: Kernel6x8(kb, a, b, c, ldc); break;
            default: Kernel4x4(kb, a, b, c, ldc); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel8x24(int kb, double* a, double* b, double* c, nint ldc)
    {
        Vector512<double> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector512<double> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        Vector512<double> c40 = default, c41 = default, c42 = default, c50 = default, c51 = default, c52 = default;
        Vector512<double> c60 = default, c61 = default, c62 = default, c70 = default, c71 = default, c72 = default;
        for (var p = 0; p < kb; p++)
        {
            var b0 = Vector512.Load(b);
            var b1 = Vector512.Load(b + 8);
            var b2 = Vector512.Load(b + 16);
            var x = Vector512.Create(a[0]);
            c00 = Vector512.FusedMultiplyAdd(x, b0, c00); c01 = Vector512.FusedMultiplyAdd(x, b1, c01); c02 = Vector512.FusedMultiplyAdd(x, b2, c02);
            x = Vector512.Create(a[1]);
            c10 = Vector512.FusedMultiplyAdd(x, b0, c10); c11 = Vector512.FusedMultiplyAdd(x, b1, c11); c12 = Vector512.FusedMultiplyAdd(x, b2, c12);
            x = Vector512.Create(a[2]);
            c20 = Vector512.FusedMultiplyAdd(x, b0, c20); c21 = Vector512.FusedMultiplyAdd(x, b1, c21); c22 = Vector512.FusedMultiplyAdd(x, b2, c22);
            x = Vector512.Create(a[3]);
            c30 = Vector512.FusedMultiplyAdd(x, b0, c30); c31 = Vector512.FusedMultiplyAdd(x, b1, c31); c32 = Vector512.FusedMultiplyAdd(x, b2, c32);
            x = Vector512.Create(a[4]);
            c40 = Vector512.FusedMultiplyAdd(x, b0, c40); c41 = Vector512.FusedMultiplyAdd(x, b1, c41); c42 = Vector512.FusedMultiplyAdd(x, b2, c42);
            x = Vector512.Create(a[5]);
            c50 = Vector512.FusedMultiplyAdd(x, b0, c50); c51 = Vector512.FusedMultiplyAdd(x, b1, c51); c52 = Vector512.FusedMultiplyAdd(x, b2, c52);
            x = Vector512.Create(a[6]);
            c60 = Vector512.FusedMultiplyAdd(x, b0, c60); c61 = Vector512.FusedMultiplyAdd(x, b1, c61); c62 = Vector512.FusedMultiplyAdd(x, b2, c62);
            x = Vector512.Create(a[7]);
            c70 = Vector512.FusedMultiplyAdd(x, b0, c70); c71 = Vector512.FusedMultiplyAdd(x, b1, c71); c72 = Vector512.FusedMultiplyAdd(x, b2, c72);
            a += 8;
            b += 24;
        }
        Subtract3(c, c00, c01, c02); c += ldc;
        Subtract3(c, c10, c11, c12); c += ldc;
        Subtract3(c, c20, c21, c22); c += ldc;
        Subtract3(c, c30, c31, c32); c += ldc;
        Subtract3(c, c40, c41, c42); c += ldc;
        Subtract3(c, c50, c51, c52); c += ldc;
        Subtract3(c, c60, c61, c62); c += ldc;
        Subtract3(c, c70, c71, c72);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Subtract3(double* c, Vector512<double> x0, Vector512<double> x1, Vector512<double> x2)
    {
        Vector512.Store(Vector512.Load(c) - x0, c);
        Vector512.Store(Vector512.Load(c + 8) - x1, c + 8);
        Vector512.Store(Vector512.Load(c + 16) - x2, c + 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel6x8(int kb, double* a, double* b, double* c, nint ldc)
    {
        Vector256<double> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<double> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (var p = 0; p < kb; p++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 4);
            var x = Vector256.Create(a[0]);
            c00 = Vector256.FusedMultiplyAdd(x, b0, c00); c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
            x = Vector256.Create(a[1]);
            c10 = Vector256.FusedMultiplyAdd(x, b0, c10); c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
            x = Vector256.Create(a[2]);
            c20 = Vector256.FusedMultiplyAdd(x, b0, c20); c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
            x = Vector256.Create(a[3]);
            c30 = Vector256.FusedMultiplyAdd(x, b0, c30); c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
            x = Vector256.Create(a[4]);
            c40 = Vector256.FusedMultiplyAdd(x, b0, c40); c41 = Vector256.FusedMultiplyAdd(x, b1, c41);
            x = Vector256.Create(a[5]);
            c50 = Vector256.FusedMultiplyAdd(x, b0, c50); c51 = Vector256.FusedMultiplyAdd(x, b1, c51);
            a += 6;
            b += 8;
        }
        Subtract2(c, c00, c01); c += ldc;
        Subtract2(c, c10, c11); c += ldc;
        Subtract2(c, c20, c21); c += ldc;
        Subtract2(c, c30, c31); c += ldc;
        Subtract2(c, c40, c41); c += ldc;
        Subtract2(c, c50, c51);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Subtract2(double* c, Vector256<double> x0, Vector256<double> x1)
    {
        Vector256.Store(Vector256.Load(c) - x0, c);
        Vector256.Store(Vector256.Load(c + 4) - x1, c + 4);
    }

    private static void Kernel4x4(int kb, double* a, double* b, double* c, nint ldc)
    {
        var acc = stackalloc double[16];
        for (var t = 0; t < 16; t++) acc[t] = 0;
        for (var p = 0; p < kb; p++)
        {
            for (var r = 0; r < 4; r++)
            {
                var x = a[r];
                acc[r * 4] += x * b[0];
                acc[r * 4 + 1] += x * b[1];
                acc[r * 4 + 2] += x * b[2];
                acc[r * 4 + 3] += x * b[3];
            }
            a += 4;
            b += 4;
        }
        for (var r = 0; r < 4; r++)
            for (var j = 0; j < 4; j++) c[r * ldc + j] -= acc[r * 4 + j];
    }
}
