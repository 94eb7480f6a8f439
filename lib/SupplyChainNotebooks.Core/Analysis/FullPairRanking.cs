using System.Collections.Immutable;
using System.Numerics.Tensors;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// Ranks every source–sink node pair by PTF_ij(R) (methodology §3.2: sources outside R, sinks outside R's countries or
/// anywhere, TiVA filter, sort by PTF). Forms B once through the factorisation (<see cref="LeontiefSolver.Inverse"/>, the
/// "on request" case) and computes (B D_R B) ⊘ B row by row — Σ_{k∈R} b_ik b_k· accumulated into one buffer per worker —
/// so memory stays at B plus one row per thread, never an N×N×N tensor or a second N×N matrix.
/// </summary>
public static class FullPairRanking
{
    /// <summary>Computes the ranking.</summary>
    /// <param name="solver">Factorisation of the table's (I − A) (not extracted).</param>
    /// <param name="risk">Risk region R.</param>
    /// <param name="options">Options (default <see cref="FullPairOptions"/>).</param>
    public static FullPairResult Compute(LeontiefSolver solver, NodeSet risk, FullPairOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(risk);
        options ??= new FullPairOptions();
        if (options.Top < 1) throw new ArgumentOutOfRangeException(nameof(options), "Top must be at least 1");
        var table = solver.Table;
        if (!ReferenceEquals(table, risk.Table)) throw new ArgumentException("risk set belongs to another table", nameof(risk));
        var n = table.NodeCount;
        var b = solver.Inverse();
        var r = risk.Indices.ToArray();
        var v = table.ValueAddedCoefficients();
        var y = table.FinalDemandTotal.ToArray();
        var riskCountries = new HashSet<string>(risk.Countries, StringComparer.OrdinalIgnoreCase);
        var sinkAllowed = new bool[n];
        for (var j = 0; j < n; j++)
            sinkAllowed[j] = !(options.ExcludeSinkCountry && riskCountries.Contains(table.Nodes[j].Country));
        var sinkInRisk = new bool[n];
        foreach (var k in r) sinkInRisk[k] = true;
        var sources = Enumerable.Range(0, n).Where(i => !risk.Contains(i)).ToArray();
        var min = options.MinTivaFlowMusd;

        var merged = new TopList(options.Top);
        long considered = 0, passing = 0;
        var gate = new object();
        var blocks = (sources.Length + options.BlockRows - 1) / options.BlockRows;
        Parallel.For(0, blocks, () => (acc: new double[n], top: new TopList(options.Top), considered: 0L, passing: 0L), (block, _, local) =>
        {
            var acc = local.acc;
            var end = Math.Min(sources.Length, (block + 1) * options.BlockRows);
            for (var s = block * options.BlockRows; s < end; s++)
            {
                var i = sources[s];
                var rowI = b.AsSpan(i * n, n);
                Array.Clear(acc);
                foreach (var k in r)
                {
                    var bik = rowI[k];
                    if (bik != 0) TensorPrimitives.MultiplyAdd(b.AsSpan(k * n, n), bik, acc, acc);   // acc += b_ik · b_k·
                }
                for (var j = 0; j < n; j++)
                {
                    if (j == i || !sinkAllowed[j]) continue;
                    local.considered++;
                    var bij = rowI[j];
                    if (!(bij > PassThroughFrequency.MinimumRouteWeight)) continue;
                    var flow = v[i] * bij * y[j];
                    if (min > 0 && !(flow >= min)) continue;
                    local.passing++;
                    var ptf = acc[j] / bij;
                    if (sinkInRisk[j])
                        ptf = options.Convention switch
                        {
                            EndpointConvention.Interior => ptf - 1,              // Σ_{k∈R} b_ik (b_kj − δ_kj) / b_ij, i ∉ R
                            EndpointConvention.ExcludeEndpoints => ptf - b[j * n + j], // drop k = j
                            _ => ptf,
                        };
                    local.top.Offer(ptf, i, j);
                }
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                considered += local.considered;
                passing += local.passing;
                foreach (var c in local.top.Items) merged.Offer(c.Ptf, c.Source, c.Sink);
            }
        });

        var ordered = merged.Ordered();
        PassThroughFrequency? engine = options.Details
            ? new PassThroughFrequency(solver, risk, new PtfOptions { Convention = options.Convention })
            : null;
        double? deviation = engine is null ? null : 0.0;
        var pairs = ordered.Select((c, idx) =>
        {
            var flow = v[c.Source] * b[c.Source * n + c.Sink] * y[c.Sink];
            if (engine is null)
                return new RankedPair(idx + 1, table.Nodes[c.Source].Label, table.Nodes[c.Sink].Label, c.Ptf, flow, b[c.Source * n + c.Sink],
                    sinkInRisk[c.Sink], null, null, null, null, null);
            var p = engine.Pair(c.Source, c.Sink);
            if (p.Ptf is { } check) deviation = Math.Max(deviation!.Value, Math.Abs(check - c.Ptf));
            return new RankedPair(idx + 1, p.Source, p.Sink, c.Ptf, flow, p.LeontiefBij, sinkInRisk[c.Sink], p.Theta, p.Kappa, p.Phi, p.Apl, p.Vs);
        }).ToImmutableArray();
        return new FullPairResult(table.DatasetId, table.Year, risk.Expression, options, considered, passing, pairs, deviation);
    }

    private readonly record struct Candidate(double Ptf, int Source, int Sink);

    /// <summary>Bounded best-k list: a min-heap on (PTF, then reverse label order) so ties resolve deterministically.</summary>
    private sealed class TopList(int capacity)
    {
        private readonly PriorityQueue<Candidate, Candidate> _heap = new(Comparer<Candidate>.Create(Worse));

        public IEnumerable<Candidate> Items => _heap.UnorderedItems.Select(x => x.Element);

        public void Offer(double ptf, int source, int sink)
        {
            var c = new Candidate(ptf, source, sink);
            if (_heap.Count < capacity) { _heap.Enqueue(c, c); return; }
            if (Worse(_heap.Peek(), c) < 0) _heap.EnqueueDequeue(c, c);
        }

        public Candidate[] Ordered() => [.. Items.Order(Comparer<Candidate>.Create((a, b) => Worse(b, a)))];

        /// <summary>Negative when a ranks below b (lower PTF; on equal PTF, larger source then sink index).</summary>
        private static int Worse(Candidate a, Candidate b)
        {
            var c = a.Ptf.CompareTo(b.Ptf);
            if (c != 0) return c;
            c = b.Source.CompareTo(a.Source);
            return c != 0 ? c : b.Sink.CompareTo(a.Sink);
        }
    }
}
