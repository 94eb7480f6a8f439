using System.Numerics.Tensors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Finds the nodes that make (I − A) singular in the ways real tables do. A set S is closed when
/// <list type="bullet">
/// <item><b>by inputs</b>: the columns of S in A sum to 1 and S buys only from S (no value added, no other inputs) — then
/// 1ₛ'(I − A) vanishes on S and (I − A) is block triangular with the singular block (I − A)ₛₛ; or</item>
/// <item><b>by sales</b>: the rows of S in Z sum to S's output and go only to S (no final demand, no other buyers) — the
/// same argument for the output coefficients z_ik / x_i, whose matrix is similar to A.</item>
/// </list>
/// Whatever the rest of the table, (I − A) is then singular. Zero-output nodes are never in S. The largest such S is found
/// by starting from the nodes whose column (row) sums to 1 and removing, until nothing changes, every node that buys from
/// (sells to) outside the set more than the tolerance.
/// </summary>
internal static class ClosedBlock
{
    /// <summary>Relative tolerance on column sums (a closed block this close to 1 has a condition number above 10⁹).</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Full node indices of a closed block among <paramref name="keep"/> and whether it is closed by sales
    /// (otherwise by inputs); empty when there is none.</summary>
    /// <param name="table">The table.</param>
    /// <param name="keep">Node indices of the (possibly extracted) system, ascending.</param>
    public static (int[] Nodes, bool BySales) Find(MrioTable table, int[] keep)
    {
        var byInputs = Find(table, keep, sales: false);
        return byInputs.Length > 0 ? (byInputs, false) : (Find(table, keep, sales: true), true);
    }

    /// <summary>
    /// One direction: with <paramref name="sales"/> false, node c's "uses" are the column z_·c (what c buys); with true,
    /// the row z_c· (what c sells). Both are compared with x_c.
    /// </summary>
    private static int[] Find(MrioTable table, int[] keep, bool sales)
    {
        var n = table.NodeCount;
        var r = keep.Length;
        var x = table.GrossOutput;
        var z = table.IntermediateStorage;
        double Flow(int a, int c) => sales ? z[keep[c] * n + keep[a]] : z[keep[a] * n + keep[c]];   // a → c (buys) or c → a (sells)
        var sums = new double[r];
        if (r == n)
        {
            // The whole table (the usual case): vectorised row sums or column sums.
            for (var i = 0; i < n; i++)
            {
                var row = z.AsSpan(i * n, n);
                if (sales) sums[i] = TensorPrimitives.Sum<double>(row);
                else TensorPrimitives.Add(sums, row, sums);
            }
        }
        else
        {
            for (var a = 0; a < r; a++)
                for (var c = 0; c < r; c++) sums[c] += Flow(a, c);
        }
        var inSet = new bool[r];
        for (var c = 0; c < r; c++)
        {
            var xo = x[keep[c]];
            inSet[c] = xo > 0 && Math.Abs(sums[c] / xo - 1) <= Tolerance;
        }
        if (!inSet.Contains(true)) return [];
        // What each candidate exchanges with nodes outside the set; a node over the tolerance leaves the set, which adds its
        // flows to every remaining node's outside total.
        var outside = new double[r];
        for (var a = 0; a < r; a++)
        {
            if (inSet[a]) continue;
            for (var c = 0; c < r; c++) if (inSet[c]) outside[c] += Flow(a, c);
        }
        var pending = new Queue<int>(Enumerable.Range(0, r).Where(c => inSet[c]));
        while (pending.TryDequeue(out var c))
        {
            if (!inSet[c] || outside[c] / x[keep[c]] <= Tolerance) continue;
            inSet[c] = false;
            for (var d = 0; d < r; d++)
            {
                if (!inSet[d]) continue;
                var flow = Flow(c, d);
                if (flow == 0) continue;
                outside[d] += flow;
                pending.Enqueue(d);
            }
        }
        return Enumerable.Range(0, r).Where(c => inSet[c]).Select(c => keep[c]).ToArray();
    }
}
