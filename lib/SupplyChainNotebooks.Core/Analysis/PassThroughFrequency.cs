using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// The Pass-Through Frequency family for one table and one risk region R (methodology §1.3–1.7): per-pair PTF, θ, κ,
/// φ, APL, VS and TiVA flow, and aggregates over source and sink sets. Works from one LU factorisation of (I − A)
/// (θ uses R extracted, answered from the same factorisation by <see cref="LeontiefSolver.Without"/>); never forms the
/// full Leontief inverse.
/// </summary>
public sealed partial class PassThroughFrequency
{
    /// <summary>Route weights b_ij at or below this are treated as "no route" (PTF undefined).</summary>
    public const double MinimumRouteWeight = 1e-15;

    private readonly double[] _vPrimary;
    private readonly double[] _vReported;
    private readonly double[] _finalDemand;
    private readonly Lazy<LeontiefSolver> _extracted;
    private readonly Lazy<double[][]> _riskRows;      // b_k· for k ∈ R, shared by every copy made with With()
    private readonly Lazy<double[][]> _riskColumns;   // b_·k for k ∈ R
    private readonly Lazy<double[]> _riskShareRow;    // Σ_{k∈R} v_k b_k· (VS of every sink)
    private readonly int[] _risk;

    /// <summary>Creates the engine.</summary>
    /// <param name="solver">Factorisation of the table's (I − A).</param>
    /// <param name="risk">Risk region R (a node set of the same table).</param>
    /// <param name="options">Options; default <see cref="PtfOptions.Default"/>.</param>
    public PassThroughFrequency(LeontiefSolver solver, NodeSet risk, PtfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(risk);
        if (!ReferenceEquals(solver.Table, risk.Table)) throw new ArgumentException("risk set belongs to another table", nameof(risk));
        if (!solver.Extracted.IsEmpty) throw new ArgumentException("the solver must be the full (non-extracted) one", nameof(solver));
        Solver = solver;
        Risk = risk;
        Options = options ?? PtfOptions.Default;
        _risk = risk.Indices.ToArray();
        _vPrimary = solver.Table.PrimaryInputCoefficients();
        _vReported = solver.Table.ValueAddedCoefficients();
        _finalDemand = solver.Table.FinalDemandTotal.ToArray();
        _extracted = new Lazy<LeontiefSolver>(() => solver.Without(_risk));   // Schur complement: no second factorisation
        _riskRows = new Lazy<double[][]>(() => solver.Rows(_risk));
        _riskColumns = new Lazy<double[][]>(() => solver.Columns(_risk));
        _riskShareRow = new Lazy<double[]>(() =>
        {
            var vR = new double[solver.NodeCount];
            foreach (var k in _risk) vR[k] = _vPrimary[k];
            return solver.SolveRow(vR);
        });
    }

    /// <summary>Convenience: factor the table and resolve the risk expression.</summary>
    public static PassThroughFrequency For(MrioTable table, string riskExpression, PtfOptions? options = null) =>
        new(LeontiefSolver.Factor(table), NodeSet.Resolve(table, riskExpression), options);

    /// <summary>The factorisation used.</summary>
    public LeontiefSolver Solver { get; }

    /// <summary>The table.</summary>
    public MrioTable Table => Solver.Table;

    /// <summary>Risk region R.</summary>
    public NodeSet Risk { get; }

    /// <summary>Options in force.</summary>
    public PtfOptions Options { get; }

    /// <summary>A copy of this engine with other options (the factorisations are shared).</summary>
    public PassThroughFrequency With(PtfOptions options) => new(this, options);

    private PassThroughFrequency(PassThroughFrequency other, PtfOptions options)
    {
        Solver = other.Solver;
        Risk = other.Risk;
        Options = options;
        _risk = other._risk;
        _vPrimary = other._vPrimary;
        _vReported = other._vReported;
        _finalDemand = other._finalDemand;
        _extracted = other._extracted;
        _riskRows = other._riskRows;
        _riskColumns = other._riskColumns;
        _riskShareRow = other._riskShareRow;
    }

    /// <summary>Indicators of one chain i → j (no filters applied).</summary>
    public PairIndicators Pair(int source, int sink)
    {
        var block = Compute([source], [sink]);
        return Indicators(block, 0, 0);
    }

    /// <summary>Indicators of one chain given by node labels.</summary>
    public PairIndicators Pair(string source, string sink) => Pair(Table.IndexOf(source), Table.IndexOf(sink));

    /// <summary>
    /// Every (source, sink) pair of S × T that passes the filters of <see cref="Options"/> (i = j, domestic chains, sinks
    /// in the risk countries or region, minimum TiVA flow), in source-major order.
    /// </summary>
    public IReadOnlyList<PairIndicators> Pairs(NodeSet sources, NodeSet sinks)
    {
        var (s, t) = FilteredSets(sources, sinks);
        var result = new List<PairIndicators>();
        foreach (var block in Blocks(s, t))
        {
            for (var a = 0; a < block.Sources.Length; a++)
                for (var b = 0; b < block.Sinks.Length; b++)
                {
                    if (!Keep(block.Sources[a], block.Sinks[b])) continue;
                    var p = Indicators(block, a, b);
                    if (Options.MinTivaFlowMusd > 0 && !(p.TivaFlowMusd >= Options.MinTivaFlowMusd)) continue;
                    result.Add(p);
                }
        }
        return result;
    }

    /// <summary>Aggregate of S → T with the given weighting (methodology §1.5).</summary>
    public SetAggregate Aggregate(NodeSet sources, NodeSet sinks, AggregateWeighting weighting = AggregateWeighting.Tiva)
    {
        var (s, t) = FilteredSets(sources, sinks);
        var pairs = new List<(PairIndicators p, double total)>();
        var excluded = 0;
        foreach (var block in Blocks(s, t))
            for (var a = 0; a < block.Sources.Length; a++)
                for (var b = 0; b < block.Sinks.Length; b++)
                {
                    if (!Keep(block.Sources[a], block.Sinks[b])) { excluded++; continue; }
                    var p = Indicators(block, a, b);
                    if (Options.MinTivaFlowMusd > 0 && !(p.TivaFlowMusd >= Options.MinTivaFlowMusd)) { excluded++; continue; }
                    pairs.Add((p, block.SquareSourceToSink[a * block.Sinks.Length + b] / block.SourceToSink[a * block.Sinks.Length + b]));
                }
        excluded += (sources.Count * sinks.Count) - (s.Length * t.Length);
        var vs = ValueAddedShare(t);
        return Combine(sources.Expression, sinks.Expression, weighting, pairs, excluded, vs);
    }

    /// <summary>One aggregate per sink node: PTF_{S→j}(R) for every j in T (e.g. K-A: mining sources → each KOR industry).</summary>
    public IReadOnlyList<SetAggregate> PerSink(NodeSet sources, NodeSet sinks, AggregateWeighting weighting = AggregateWeighting.Tiva)
    {
        var (s, t) = FilteredSets(sources, sinks);
        var perSink = new List<(PairIndicators p, double total)>[t.Length];
        var excluded = new int[t.Length];
        for (var b = 0; b < t.Length; b++) perSink[b] = [];
        var sinkSlot = new Dictionary<int, int>();
        for (var b = 0; b < t.Length; b++) sinkSlot[t[b]] = b;
        double[] vsBySink = new double[t.Length];
        foreach (var block in Blocks(s, t))
        {
            for (var b = 0; b < block.Sinks.Length; b++) vsBySink[sinkSlot[block.Sinks[b]]] = block.RiskValueAddedShare[b];
            for (var a = 0; a < block.Sources.Length; a++)
                for (var b = 0; b < block.Sinks.Length; b++)
                {
                    var slot = sinkSlot[block.Sinks[b]];
                    if (!Keep(block.Sources[a], block.Sinks[b])) { excluded[slot]++; continue; }
                    var p = Indicators(block, a, b);
                    if (Options.MinTivaFlowMusd > 0 && !(p.TivaFlowMusd >= Options.MinTivaFlowMusd)) { excluded[slot]++; continue; }
                    perSink[slot].Add((p, block.SquareSourceToSink[a * block.Sinks.Length + b] / block.SourceToSink[a * block.Sinks.Length + b]));
                }
        }
        var result = new SetAggregate[t.Length];
        for (var b = 0; b < t.Length; b++)
            result[b] = Combine(sources.Expression, Table.Nodes[t[b]].Label, weighting, perSink[b], excluded[b] + sources.Count - s.Length, vsBySink[b]);
        return result;
    }

    /// <summary>
    /// TiVA-weighted aggregate by the closed form of §1.5: [(v_S'B) D_R (B y_T)] / [v_S'B y_T], with two solves. It keeps
    /// i = j pairs and negative flows (no filters), so it equals <see cref="Aggregate"/> only when S ∩ T = ∅ and every
    /// pair flow is positive — used as an independent check and for very large sets.
    /// </summary>
    /// <param name="sources">S.</param>
    /// <param name="sinks">T.</param>
    /// <param name="valueAddedCoefficients">v; default the table's value-added coefficients (VA/x).</param>
    /// <exception cref="Errors.NumericalException">The TiVA flow from S into T is zero, so the weighted mean is undefined
    /// (never returned as NaN).</exception>
    public double TivaWeightedClosedForm(NodeSet sources, NodeSet sinks, IReadOnlyList<double>? valueAddedCoefficients = null)
    {
        var v = valueAddedCoefficients ?? _vReported;
        var vS = new double[Table.NodeCount];
        foreach (var i in sources.Indices) vS[i] = v[i];
        var yT = new double[Table.NodeCount];
        foreach (var j in sinks.Indices) yT[j] = _finalDemand[j];
        var u = Solver.SolveRow(vS);
        var q = Solver.SolveColumn(yT);
        double num = 0, den = 0;
        foreach (var k in _risk) num += u[k] * q[k];
        for (var k = 0; k < u.Length; k++) den += u[k] * yT[k];
        if (!(Math.Abs(den) > 0))
            throw new Errors.NumericalException($"the TiVA-weighted PTF of {sources.Expression} → {sinks.Expression} is undefined: the value-added flow from S into T's final products is zero");
        return num / den;
    }

    /// <summary>VS_j(R) = Σ_{k∈R} v_k b_kj with v = primary-input coefficients (sums to 1 over a partition).</summary>
    public double ValueAddedShare(int sink)
    {
        var col = Solver.Column(sink);
        var s = 0.0;
        foreach (var k in _risk) s += _vPrimary[k] * col[k];
        return s;
    }

    /// <summary>VS_T(R): value-added share of R in the final products of T (final-demand weighted over T).</summary>
    public double? ValueAddedShare(NodeSet sinks) => ValueAddedShare(sinks.Indices.ToArray());

    private double? ValueAddedShare(int[] sinks)
    {
        var yT = new double[Table.NodeCount];
        foreach (var j in sinks) yT[j] = _finalDemand[j];
        var q = Solver.SolveColumn(yT);
        double num = 0, den = 0;
        foreach (var k in _risk) num += _vPrimary[k] * q[k];
        for (var k = 0; k < q.Length; k++) den += _vPrimary[k] * q[k];
        return den == 0 ? null : num / den;
    }

    /// <summary>
    /// Expected appearances of every node on the i → j routes (inclusive node PTF b_ik b_kj / b_ij), and their sums by
    /// country. The node values sum to 1 + APL_ij.
    /// </summary>
    public NodeAppearances Decompose(int source, int sink)
    {
        var row = Solver.Row(source);
        var col = Solver.Column(sink);
        var bij = row[sink];
        var n = Table.NodeCount;
        var perNode = new double[n];
        if (bij > MinimumRouteWeight)
            for (var k = 0; k < n; k++) perNode[k] = row[k] * col[k] / bij;
        var byCountry = Table.Countries.ToDictionary(c => c, c => Table.NodesOf(c).Sum(k => perNode[k]), StringComparer.OrdinalIgnoreCase);
        return new NodeAppearances(Table.Nodes[source].Label, Table.Nodes[sink].Label, bij > MinimumRouteWeight,
            Table.Nodes.Select((node, k) => (node.Label, perNode[k])).ToDictionary(t => t.Label, t => t.Item2),
            byCountry);
    }

    private bool Keep(int i, int j)
    {
        if (Options.ExcludeSelfPairs && i == j) return false;
        if (Options.ExcludeDomesticChains && string.Equals(Table.Nodes[i].Country, Table.Nodes[j].Country, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private (int[] sources, int[] sinks) FilteredSets(NodeSet sources, NodeSet sinks)
    {
        if (!ReferenceEquals(sources.Table, Table) || !ReferenceEquals(sinks.Table, Table))
            throw new ArgumentException("node sets belong to another table");
        var riskCountries = new HashSet<string>(Risk.Countries, StringComparer.OrdinalIgnoreCase);
        var t = sinks.Indices.Where(j =>
            !(Options.ExcludeSinksInRisk && Risk.Contains(j))
            && !(Options.ExcludeSinkCountry && riskCountries.Contains(Table.Nodes[j].Country))).ToArray();
        return (sources.Indices.ToArray(), t);
    }

    /// <summary>Source chunks bound the memory of the S × T blocks.</summary>
    private IEnumerable<ChainBlock> Blocks(int[] sources, int[] sinks)
    {
        if (sources.Length == 0 || sinks.Length == 0) yield break;
        var chunk = Math.Max(1, 4_000_000 / Math.Max(1, sinks.Length));
        for (var start = 0; start < sources.Length; start += chunk)
            yield return Compute(sources.Skip(start).Take(chunk).ToArray(), sinks);
    }

    /// <summary>Row path (solves for S and R) or column path (solves for T and R), whichever needs fewer solves.</summary>
    private ChainBlock Compute(int[] s, int[] t)
    {
        var n = Table.NodeCount;
        var r = _risk;
        var sr = new double[s.Length * r.Length];
        var rt = new double[r.Length * t.Length];
        var st = new double[s.Length * t.Length];
        var st2 = new double[s.Length * t.Length];
        double[]? stx = Options.ComputeTouchShare ? new double[s.Length * t.Length] : null;
        var vsT = new double[t.Length];

        var riskRows = _riskRows.Value;                      // b_k·, k ∈ R
        for (var a = 0; a < r.Length; a++)
            for (var b = 0; b < t.Length; b++) rt[a * t.Length + b] = riskRows[a][t[b]];
        var vsRow = _riskShareRow.Value;
        for (var b = 0; b < t.Length; b++) vsT[b] = vsRow[t[b]];

        if (s.Length <= t.Length)
        {
            var rows = Solver.Rows(s);
            var squares = Solver.SolveRows(rows);              // (b_i· B) = (B²)_i·
            for (var a = 0; a < s.Length; a++)
            {
                var row = rows[a];
                for (var c = 0; c < r.Length; c++) sr[a * r.Length + c] = row[r[c]];
                for (var b = 0; b < t.Length; b++) st[a * t.Length + b] = row[t[b]];
                var sq = squares[a];
                for (var b = 0; b < t.Length; b++) st2[a * t.Length + b] = sq[t[b]];
            }
            if (stx is not null)
            {
                var xrows = _extracted.Value.Rows(s);
                for (var a = 0; a < s.Length; a++)
                    for (var b = 0; b < t.Length; b++) stx[a * t.Length + b] = xrows[a][t[b]];
            }
        }
        else
        {
            var cols = Solver.Columns(t);
            var riskCols = _riskColumns.Value;                 // b_·k, k ∈ R
            for (var a = 0; a < s.Length; a++)
                for (var c = 0; c < r.Length; c++) sr[a * r.Length + c] = riskCols[c][s[a]];
            var squares = Solver.SolveColumns(cols);           // B b_·j = (B²)_·j
            for (var b = 0; b < t.Length; b++)
            {
                var col = cols[b];
                for (var a = 0; a < s.Length; a++) st[a * t.Length + b] = col[s[a]];
                var sq = squares[b];
                for (var a = 0; a < s.Length; a++) st2[a * t.Length + b] = sq[s[a]];
            }
            if (stx is not null)
            {
                var xcols = _extracted.Value.Columns(t);
                for (var b = 0; b < t.Length; b++)
                    for (var a = 0; a < s.Length; a++) stx[a * t.Length + b] = xcols[b][s[a]];
            }
        }
        return new ChainBlock
        {
            Sources = s, Sinks = t, Risk = r, SourceToRisk = sr, RiskToSink = rt, SourceToSink = st,
            SquareSourceToSink = st2, ExtractedSourceToSink = stx, RiskValueAddedShare = vsT,
        };
    }

    private PairIndicators Indicators(ChainBlock block, int a, int b)
    {
        var i = block.Sources[a];
        var j = block.Sinks[b];
        var nt = block.Sinks.Length;
        var nr = block.Risk.Length;
        var bij = block.SourceToSink[a * nt + b];
        var tiva = _vReported[i] * bij * _finalDemand[j];
        var source = Table.Nodes[i].Label;
        var sink = Table.Nodes[j].Label;
        var vs = block.RiskValueAddedShare[b];
        if (!(bij > MinimumRouteWeight))
            return new PairIndicators(source, sink, Risk.Expression, Options.Convention, bij, null, null, null, null, null, vs, tiva);

        var sum = 0.0;
        for (var c = 0; c < nr; c++)
        {
            var k = block.Risk[c];
            var bik = block.SourceToRisk[a * nr + c];
            var bkj = block.RiskToSink[c * nt + b];
            switch (Options.Convention)
            {
                case EndpointConvention.Inclusive:
                    sum += bik * bkj;
                    break;
                case EndpointConvention.Interior:
                    sum += (bik - (k == i ? 1 : 0)) * (bkj - (k == j ? 1 : 0));
                    break;
                default:
                    if (k != i && k != j) sum += bik * bkj;
                    break;
            }
        }
        var ptf = sum / bij;
        var square = block.SquareSourceToSink[a * nt + b];
        var totalAppearances = square / bij;
        var phi = totalAppearances > 0 ? ptf / totalAppearances : (double?)null;
        var aplDen = bij - (i == j ? 1 : 0);
        double? apl = aplDen > MinimumRouteWeight ? (square - bij) / aplDen : null;

        double? theta = null;
        var endpointInRisk = Risk.Contains(i) || Risk.Contains(j);
        if (endpointInRisk)
        {
            if (Options.Convention == EndpointConvention.Inclusive) theta = 1.0;
        }
        else if (block.ExtractedSourceToSink is { } x)
        {
            theta = Math.Clamp(1 - x[a * nt + b] / bij, 0, 1);
        }
        double? kappa = theta is > 0 ? ptf / theta : null;
        return new PairIndicators(source, sink, Risk.Expression, Options.Convention, bij, ptf, theta, kappa, phi, apl, vs, tiva);
    }

    private SetAggregate Combine(string source, string sink, AggregateWeighting weighting,
        List<(PairIndicators p, double total)> pairs, int excluded, double? vs)
    {
        if (weighting == AggregateWeighting.SinkOutput)
        {
            // TiVA-weighted over sources per sink, then weighted by the sink's gross output.
            var groups = pairs.GroupBy(x => x.p.Sink).ToArray();
            var perSink = groups.Select(g => (sink: g.Key, result: Combine(source, g.Key, AggregateWeighting.Tiva, g.ToList(), 0, null))).ToArray();
            double wsum = 0, ptf = 0, theta = 0, thetaW = 0, apl = 0, aplW = 0, total = 0;
            var used = 0;
            foreach (var (s, result) in perSink)
            {
                if (result.Ptf is not { } p) continue;
                var w = Table.GrossOutput[Table.IndexOf(s)];
                if (!(w > 0)) continue;
                wsum += w; ptf += w * p; used += result.PairsUsed;
                if (result.Theta is { } th) { theta += w * th; thetaW += w; }
                if (result.Apl is { } ap) { apl += w * ap; aplW += w; }
                if (result.Phi is { } ph && ph > 0) total += w * (p / ph);
            }
            var tivaSum = pairs.Sum(x => x.p.TivaFlowMusd);
            if (wsum == 0) return new SetAggregate(source, sink, Risk.Expression, weighting, Options.Convention, null, null, null, null, null, vs, tivaSum, 0, pairs.Count + excluded);
            var ptfAgg = ptf / wsum;
            double? thetaAgg = thetaW > 0 ? theta / thetaW : null;
            return new SetAggregate(source, sink, Risk.Expression, weighting, Options.Convention, ptfAgg, thetaAgg,
                thetaAgg is > 0 ? ptfAgg / thetaAgg : null, total > 0 ? ptfAgg / (total / wsum) : null,
                aplW > 0 ? apl / aplW : null, vs, tivaSum, used, pairs.Count - used + excluded);
        }

        double sw = 0, sp = 0, sth = 0, swth = 0, sapl = 0, swapl = 0, stot = 0, flow = 0;
        var usedPairs = 0;
        foreach (var (p, total) in pairs)
        {
            if (p.Ptf is not { } value) continue;
            var w = weighting switch
            {
                AggregateWeighting.Tiva => p.TivaFlowMusd,
                AggregateWeighting.Route => p.LeontiefBij,
                _ => 1.0,
            };
            if (!(w > 0)) continue;
            usedPairs++;
            sw += w; sp += w * value; stot += w * total; flow += p.TivaFlowMusd;
            if (p.Theta is { } th) { sth += w * th; swth += w; }
            if (p.Apl is { } ap) { sapl += w * ap; swapl += w; }
        }
        var excludedAll = pairs.Count - usedPairs + excluded;
        if (usedPairs == 0)
            return new SetAggregate(source, sink, Risk.Expression, weighting, Options.Convention, null, null, null, null, null, vs, flow, 0, excludedAll);
        double? thetaMean = swth > 0 ? sth / swth : null;
        double? aplMean = swapl > 0 ? sapl / swapl : null;
        if (weighting == AggregateWeighting.Sum)
            return new SetAggregate(source, sink, Risk.Expression, weighting, Options.Convention, sp, thetaMean, null, null, aplMean, vs, flow, usedPairs, excludedAll);
        var agg = sp / sw;
        return new SetAggregate(source, sink, Risk.Expression, weighting, Options.Convention, agg, thetaMean,
            thetaMean is > 0 ? agg / thetaMean : null, stot > 0 ? agg / (stot / sw) : null, aplMean, vs, flow, usedPairs, excludedAll);
    }
}
