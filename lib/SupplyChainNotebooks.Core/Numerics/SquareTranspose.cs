namespace SupplyChainNotebooks.Numerics;

/// <summary>In-place transposition of a square row-major matrix, tile by tile (cache-friendly) and in parallel.</summary>
internal static class SquareTranspose
{
    private const int Tile = 32;

    /// <summary>Replaces the n × n matrix in <paramref name="a"/> by its transpose.</summary>
    public static void InPlace(double[] a, int n)
    {
        var tiles = (n + Tile - 1) / Tile;
        if ((long)n * n < 1 << 16)
        {
            for (var ti = 0; ti < tiles; ti++) TileRow(a, n, ti);
            return;
        }
        // Tile rows near the top hold more tiles: interleave them so both threads get similar work.
        Parallel.For(0, tiles, ti => TileRow(a, n, ti));
    }

    /// <summary>Swaps tile (ti, tj) with tile (tj, ti) for every tj ≥ ti (the diagonal tile is transposed in place).</summary>
    private static void TileRow(double[] a, int n, int ti)
    {
        var i0 = ti * Tile;
        var i1 = Math.Min(n, i0 + Tile);
        for (var j0 = i0; j0 < n; j0 += Tile)
        {
            var j1 = Math.Min(n, j0 + Tile);
            for (var i = i0; i < i1; i++)
            {
                var start = j0 == i0 ? i + 1 : j0;
                for (var j = start; j < j1; j++)
                    (a[i * n + j], a[j * n + i]) = (a[j * n + i], a[i * n + j]);
            }
        }
    }
}
