using System.Runtime.InteropServices;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// LU through the system LAPACK (Debian <c>libopenblas0-pthread</c>: <c>libopenblas.so.0</c>) by P/Invoke of
/// <c>dgetrf_</c> and <c>dgetrs_</c>. The row-major matrix is transposed in place first (a cache-blocked, parallel
/// O(n²) pass, a few per cent of the factorisation), so LAPACK factors M itself in its column-major convention: a zero
/// pivot then names the same column of M as the managed backend does, and solves pass the transpose flag unchanged.
/// </summary>
public sealed partial class OpenBlasLuBackend : IDenseLuBackend
{
    private const string Library = "libopenblas.so.0";
    private static readonly Lazy<bool> s_available = new(() =>
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        return NativeLibrary.TryLoad(Library, typeof(OpenBlasLuBackend).Assembly, null, out _);
    });

    /// <summary>The shared instance.</summary>
    public static OpenBlasLuBackend Instance { get; } = new();

    /// <summary>True when the native library can be loaded on this machine.</summary>
    public static bool IsAvailable => s_available.Value;

    /// <inheritdoc />
    public string Name => "openblas";

    [LibraryImport(Library, EntryPoint = "dgetrf_")]
    private static partial void Dgetrf(ref int m, ref int n, [In, Out] double[] a, ref int lda, [Out] int[] ipiv, out int info);

    [LibraryImport(Library, EntryPoint = "dgetrs_")]
    private static partial void Dgetrs(ref byte trans, ref int n, ref int nrhs, [In] double[] a, ref int lda, [In] int[] ipiv,
        [In, Out] double[] b, ref int ldb, out int info, nint transLength);

    /// <inheritdoc />
    public IDenseLuFactorization Factor(double[] rowMajor, int n)
    {
        ArgumentNullException.ThrowIfNull(rowMajor);
        if (n < 0 || rowMajor.Length != (long)n * n) throw new ArgumentException($"matrix must hold {n}×{n} values", nameof(rowMajor));
        if (!IsAvailable) throw new NumericalException($"native LAPACK '{Library}' is not available (apt-get install libopenblas0-pthread)");
        var ipiv = new int[n];
        if (n == 0) return new Factorization(rowMajor, ipiv, n);
        SquareTranspose.InPlace(rowMajor, n);
        int m = n, nn = n, lda = n;
        Dgetrf(ref m, ref nn, rowMajor, ref lda, ipiv, out var info);
        if (info < 0) throw new NumericalException($"dgetrf: illegal argument {-info}");
        if (info > 0) throw new NumericalException($"matrix is singular: zero pivot at position {info - 1}", [(info - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return new Factorization(rowMajor, ipiv, n);
    }

    private sealed class Factorization(double[] lu, int[] ipiv, int n) : IDenseLuFactorization
    {
        public int Order => n;

        public void Solve(double[] b, int rightHandSides, bool transpose)
        {
            if (b.Length < (long)n * rightHandSides) throw new ArgumentException("right-hand side array too short", nameof(b));
            if (n == 0 || rightHandSides <= 0) return;
            // LAPACK holds the factors of M in column-major order; each right-hand side is a contiguous column.
            var trans = (byte)(transpose ? 'T' : 'N');
            int nn = n, nrhs = rightHandSides, lda = n, ldb = n;
            Dgetrs(ref trans, ref nn, ref nrhs, lu, ref lda, ipiv, b, ref ldb, out var info, 1);
            if (info != 0) throw new NumericalException($"dgetrs failed with info={info}");
        }
    }
}
