using MathNet.Numerics.LinearAlgebra;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Numerics;

/// <summary>
/// One suite for every dense LU backend: the managed LU with each of its product kernels (the best for this CPU, AVX2
/// and scalar — forced, so one machine checks all three) and the native OpenBLAS LU. Oracles: MathNet's managed LU and
/// inverse (an independent implementation) and, for small matrices, exact rational arithmetic.
/// </summary>
public sealed class DenseLuBackendTests
{
    /// <summary>Backend variants: "managed" (best kernel), "managed-avx2", "managed-scalar", "openblas".</summary>
    public static TheoryData<string> Backends => new() { "managed", "managed-avx2", "managed-scalar", "openblas" };

    /// <summary>Backends × sizes around the block sizes (1, 2, odd, not multiples of 8/16/24/128, above the recursion cut).</summary>
    public static TheoryData<string, int> BackendsAndSizes
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var backend in Backends)
                foreach (var n in new[] { 1, 2, 3, 7, 17, 33, 100, 131, 257 })
                    data.Add(backend, n);
            data.Add("managed", 613);
            data.Add("openblas", 613);
            return data;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(BackendsAndSizes))]
    public void SolvesRandomSystemsLikeMathNet(string backend, int n)
    {
        using var _ = Use(backend, out var lu);
        var m = RandomWellConditioned(n, seed: n);
        var oracle = Matrix<double>.Build.DenseOfRowMajor(n, n, m).LU();
        var oracleTransposed = Matrix<double>.Build.DenseOfRowMajor(n, n, m).Transpose().LU();
        var factors = lu.Factor((double[])m.Clone(), n);
        Assert.Equal(n, factors.Order);
        foreach (var rhs in new[] { 1, 3, 5, 40 })
        {
            var b = RandomVectors(n, rhs, seed: 1000 + rhs);
            foreach (var transpose in new[] { false, true })
            {
                var x = (double[])b.Clone();
                factors.Solve(x, rhs, transpose);
                var expected = (transpose ? oracleTransposed : oracle).Solve(Matrix<double>.Build.DenseOfRowMajor(rhs, n, b).Transpose());
                AssertColumnsMatch(expected, x, n, rhs, 1e-10, $"{backend} n={n} rhs={rhs} transpose={transpose}");
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void InverseOfLeontiefMatrixMatchesMathNet(string backend)
    {
        // (I − A) with A ≥ 0, strong diagonal blocks, column sums ≤ 0.9, n not a multiple of any block size; more
        // right-hand sides than one solve group, so the leading-zero skip of unit vectors is exercised.
        const int n = 451;
        using var _ = Use(backend, out var lu);
        var m = LeontiefLike(n, seed: 7);
        var expected = Matrix<double>.Build.DenseOfRowMajor(n, n, m).Inverse();
        var factors = lu.Factor((double[])m.Clone(), n);
        foreach (var transpose in new[] { false, true })
        {
            var x = new double[n * n];
            for (var i = 0; i < n; i++) x[i * n + i] = 1;
            factors.Solve(x, n, transpose);
            // Solving M X = I gives columns of M⁻¹ (stored one after another), Mᵀ X = I gives its rows.
            var max = 0.0;
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                {
                    var got = transpose ? x[i * n + j] : x[j * n + i];
                    max = Math.Max(max, Math.Abs(got - expected[i, j]) / Math.Max(1, Math.Abs(expected[i, j])));
                }
            Assert.True(max < 1e-11, $"{backend} transpose={transpose}: max relative error {max:E2}");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void SmallInverseEqualsExactRationalInverse(string backend)
    {
        using var _ = Use(backend, out var lu);
        var rng = new Random(5);
        const int n = 5;
        var exact = new Rational[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                exact[i, j] = new Rational(rng.Next(-9, 10), rng.Next(1, 7)) + (i == j ? 6 : 0);
        var exactMatrix = new RationalMatrix(exact);
        var inverse = exactMatrix.Inverse();
        var m = new double[n * n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) m[i * n + j] = exact[i, j].ToDouble();
        var factors = lu.Factor(m, n);
        var x = new double[n * n];
        for (var i = 0; i < n; i++) x[i * n + i] = 1;
        factors.Solve(x, n, transpose: true);
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) Assert.Equal(inverse[i, j].ToDouble(), x[i * n + j], 1e-13);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void PivotingHandlesZeroDiagonal(string backend)
    {
        // A permuted well-conditioned matrix: every diagonal entry is zero, so no step can go without a row interchange.
        const int n = 150;
        using var _ = Use(backend, out var lu);
        var basis = RandomWellConditioned(n, seed: 3);
        var m = new double[n * n];
        for (var i = 0; i < n; i++) Array.Copy(basis, ((i + 1) % n) * n, m, i * n, n);
        for (var i = 0; i < n; i++) m[i * n + i] = 0;
        var oracle = Matrix<double>.Build.DenseOfRowMajor(n, n, m).LU();
        var b = RandomVectors(n, 6, seed: 9);
        var x = (double[])b.Clone();
        lu.Factor((double[])m.Clone(), n).Solve(x, 6, transpose: false);
        AssertColumnsMatch(oracle.Solve(Matrix<double>.Build.DenseOfRowMajor(6, n, b).Transpose()), x, n, 6, 1e-9, backend);
    }

    [SkippableTheory]
    [InlineData("managed", 1)]
    [InlineData("managed", 40)]
    [InlineData("managed", 300)]
    [InlineData("managed-scalar", 40)]
    [InlineData("openblas", 1)]
    [InlineData("openblas", 40)]
    [InlineData("openblas", 300)]
    public void SingularMatrixNamesTheFirstZeroPivot(string backend, int n)
    {
        using var _ = Use(backend, out var lu);
        // Column c is zero: elimination keeps it exactly zero, so the pivot search fails exactly at column c.
        var m = n == 1 ? new double[1] : RandomWellConditioned(n, seed: 11);
        var c = n / 2;
        for (var i = 0; i < n; i++) m[i * n + c] = 0;
        var e = Assert.Throws<NumericalException>(() => lu.Factor(m, n));
        Assert.Contains("singular", e.Message, StringComparison.Ordinal);
        Assert.Equal([c.ToString(System.Globalization.CultureInfo.InvariantCulture)], e.Nodes);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void DependentRowsGiveExactZeroPivot(string backend)
    {
        // Row 2 = row 0 + row 1 with power-of-two pivots: elimination is exact, the last pivot is exactly 0.
        using var _ = Use(backend, out var lu);
        double[] m = [1, 1, 0, 1, 0, 1, 2, 1, 1];
        var e = Assert.Throws<NumericalException>(() => lu.Factor(m, 3));
        Assert.Equal(["2"], e.Nodes);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void ManyRightHandSidesBeyondOneGroup(string backend)
    {
        // 700 right-hand sides against n = 97: several solve groups, rows with leading zeros and dense rows mixed.
        const int n = 97, rhs = 700;
        using var _ = Use(backend, out var lu);
        var m = LeontiefLike(n, seed: 2);
        var oracle = Matrix<double>.Build.DenseOfRowMajor(n, n, m).LU();
        var oracleTransposed = Matrix<double>.Build.DenseOfRowMajor(n, n, m).Transpose().LU();
        var b = RandomVectors(n, rhs, seed: 4);
        for (var r = 0; r < rhs; r += 3) Array.Clear(b, r * n, Math.Min(n, r % n));
        foreach (var transpose in new[] { false, true })
        {
            var x = (double[])b.Clone();
            lu.Factor((double[])m.Clone(), n).Solve(x, rhs, transpose);
            var expected = (transpose ? oracleTransposed : oracle).Solve(Matrix<double>.Build.DenseOfRowMajor(rhs, n, b).Transpose());
            AssertColumnsMatch(expected, x, n, rhs, 1e-11, $"{backend} transpose={transpose}");
        }
    }

    /// <summary>Selects a backend (and forces a product kernel for the managed variants); skips if not available.</summary>
    private static IDisposable? Use(string name, out IDenseLuBackend backend)
    {
        Skip.If(name == "openblas" && !OpenBlasLuBackend.IsAvailable, "libopenblas.so.0 is not installed (apt-get install libopenblas0-pthread)");
        switch (name)
        {
            case "openblas":
                backend = OpenBlasLuBackend.Instance;
                return null;
            case "managed-avx2":
                Skip.IfNot(System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Fma.IsSupported, "CPU without AVX2/FMA");
                backend = ManagedLuBackend.Instance;
                return BlockedProduct.Force(ProductKernel.Vector256);
            case "managed-scalar":
                backend = ManagedLuBackend.Instance;
                return BlockedProduct.Force(ProductKernel.Scalar);
            default:
                backend = ManagedLuBackend.Instance;
                return null;
        }
    }

    private static void AssertColumnsMatch(Matrix<double> expected, double[] got, int n, int rhs, double tolerance, string what)
    {
        var max = 0.0;
        for (var r = 0; r < rhs; r++)
            for (var i = 0; i < n; i++)
                max = Math.Max(max, Math.Abs(got[r * n + i] - expected[i, r]) / Math.Max(1, Math.Abs(expected[i, r])));
        Assert.True(max < tolerance, $"{what}: max relative error {max:E2}");
    }

    internal static double[] RandomWellConditioned(int n, int seed)
    {
        var rng = new Random(seed);
        var m = new double[n * n];
        for (var i = 0; i < m.Length; i++) m[i] = rng.NextDouble() * 2 - 1;
        for (var i = 0; i < n; i++) m[i * n + i] += n * 0.5 + 1;
        return m;
    }

    /// <summary>I − A for a random A ≥ 0 with strong diagonal blocks of 9 nodes and column sums ≤ 0.9.</summary>
    internal static double[] LeontiefLike(int n, int seed)
    {
        var rng = new Random(seed);
        var a = new double[n * n];
        for (var k = 0; k < n; k++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var v = i / 9 == k / 9 ? rng.NextDouble() : rng.NextDouble() < 0.2 ? rng.NextDouble() * 0.02 : 0;
                a[i * n + k] = v;
                sum += v;
            }
            var scale = 0.9 * rng.NextDouble() / sum;
            for (var i = 0; i < n; i++) a[i * n + k] *= scale;
        }
        for (var i = 0; i < a.Length; i++) a[i] = -a[i];
        for (var i = 0; i < n; i++) a[i * n + i] += 1;
        return a;
    }

    private static double[] RandomVectors(int n, int count, int seed)
    {
        var rng = new Random(seed);
        var b = new double[n * count];
        for (var i = 0; i < b.Length; i++) b[i] = rng.NextDouble() * 10 - 5;
        return b;
    }
}
