namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// A view of a dense matrix in unmanaged (pinned) memory: element (i, j) is at <c>Origin + i·RowStride + j·ColStride</c>.
/// Lets the same packed product read row-major blocks, transposed blocks and blocks of a larger matrix.
/// </summary>
internal readonly unsafe struct StridedMatrix(double* origin, nint rowStride, nint colStride)
{
    /// <summary>Address of element (0, 0).</summary>
    public double* Origin { get; } = origin;

    /// <summary>Distance (in doubles) between consecutive rows.</summary>
    public nint RowStride { get; } = rowStride;

    /// <summary>Distance (in doubles) between consecutive columns.</summary>
    public nint ColStride { get; } = colStride;

    /// <summary>Address of element (i, j).</summary>
    public double* At(nint i, nint j) => Origin + i * RowStride + j * ColStride;

    /// <summary>The sub-matrix starting at (i, j).</summary>
    public StridedMatrix Offset(nint i, nint j) => new(At(i, j), RowStride, ColStride);

    /// <summary>The transposed view.</summary>
    public StridedMatrix Transposed => new(Origin, ColStride, RowStride);

    /// <summary>Row-major view of an n-column matrix starting at <paramref name="origin"/>.</summary>
    public static StridedMatrix RowMajor(double* origin, nint columns) => new(origin, columns, 1);
}
