using System.Numerics.Tensors;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Cli.Bench;

/// <summary>
/// The core computation of a full-pair PTF ranking, as a bench step until the full-pair engine of <c>ptf top</c>
/// lands: the full B (through <see cref="LeontiefSolver.Inverse"/>, the only place B is formed), then for every source
/// row i the numerators Σ_{k∈R} b_ik b_kj over all sinks j — one row of (B D_R B) at a time, so no second n × n
/// matrix is held — divided by b_ij (inclusive convention, i ≠ j, pairs without a route skipped), keeping the top pairs.
/// </summary>
internal static class FullPairPtfReference
{
    /// <summary>One ranked pair.</summary>
    public readonly record struct RankedPair(int Source, int Sink, double Ptf, double Bij);

    /// <summary>Result: the top pairs (highest PTF first) and how many pairs had a route.</summary>
    public sealed record Ranking(IReadOnlyList<RankedPair> Top, long PairsWithRoute);

    /// <summary>Ranks every pair of the table by PTF with respect to <paramref name="risk"/>.</summary>
    public static Ranking Rank(LeontiefSolver solver, NodeSet risk, int top = 100)
    {
        var n = solver.NodeCount;
        var b = solver.Inverse();
        var r = risk.Indices.ToArray();
        var riskRows = new double[r.Length * n];
        for (var c = 0; c < r.Length; c++) Array.Copy(b, (long)r[c] * n, riskRows, (long)c * n, n);
        var heaps = new List<PriorityQueue<RankedPair, double>>();
        long withRoute = 0;
        Parallel.For(0, n, () => (heap: new PriorityQueue<RankedPair, double>(), numerator: new double[n], count: 0L), (i, _, local) =>
        {
            var num = local.numerator;
            Array.Clear(num);
            var row = b.AsSpan(i * n, n);
            for (var c = 0; c < r.Length; c++)
            {
                var bik = row[r[c]];
                if (bik != 0) TensorPrimitives.MultiplyAdd(riskRows.AsSpan(c * n, n), bik, num, num);
            }
            for (var j = 0; j < n; j++)
            {
                var bij = row[j];
                if (j == i || !(bij > PassThroughFrequency.MinimumRouteWeight)) continue;
                local.count++;
                var ptf = num[j] / bij;
                if (local.heap.Count < top) local.heap.Enqueue(new RankedPair(i, j, ptf, bij), ptf);
                else if (ptf > local.heap.Peek().Ptf) local.heap.EnqueueDequeue(new RankedPair(i, j, ptf, bij), ptf);
            }
            return local;
        }, local =>
        {
            lock (heaps)
            {
                heaps.Add(local.heap);
                withRoute += local.count;
            }
        });
        var all = heaps.SelectMany(h => h.UnorderedItems.Select(x => x.Element))
            .OrderByDescending(p => p.Ptf).ThenBy(p => p.Source).ThenBy(p => p.Sink).Take(top).ToArray();
        return new Ranking(all, withRoute);
    }
}
