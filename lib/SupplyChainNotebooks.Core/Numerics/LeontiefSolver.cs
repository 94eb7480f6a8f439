using System.Collections.Immutable;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Factors (I − A) of a table once and answers column solves (B c), row solves (r'B), single rows and columns of the
/// Leontief inverse B = (I − A)⁻¹ and output multipliers without forming B. The full inverse is built only on request
/// (<see cref="Inverse"/>), through the same factorisation.
/// A solver may also be built with a node set extracted (hypothetical extraction): the rows and columns of those nodes
/// are deleted from A; vectors keep full length with zeros at extracted positions.
/// </summary>
public sealed class LeontiefSolver
{
    /// <summary>Right-hand sides per multi-solve (bounds the scratch memory to 8·n·Batch bytes).</summary>
    private const int Batch = 512;

    private readonly IDenseLuFactorization _lu;
    private readonly int[] _keep;          // reduced index -> full index
    private readonly int[] _position;      // full index -> reduced index or -1

    private LeontiefSolver(MrioTable table, IDenseLuFactorization lu, int[] keep, string backend)
    {
        Table = table;
        _lu = lu;
        _keep = keep;
        _position = Enumerable.Repeat(-1, table.NodeCount).ToArray();
        for (var r = 0; r < keep.Length; r++) _position[keep[r]] = r;
        BackendName = backend;
        Extracted = Enumerable.Range(0, table.NodeCount).Where(i => _position[i] < 0).ToImmutableArray();
    }

    /// <summary>The table whose (I − A) was factored.</summary>
    public MrioTable Table { get; }

    /// <summary>Size n of the full table (vectors have this length).</summary>
    public int NodeCount => Table.NodeCount;

    /// <summary>Nodes removed by hypothetical extraction (empty for the ordinary solver).</summary>
    public ImmutableArray<int> Extracted { get; }

    /// <summary>The LU backend used.</summary>
    public string BackendName { get; }

    /// <summary>Factors (I − A) with a_ik = z_ik / x_k (zero-output columns are zero).</summary>
    /// <param name="table">The table.</param>
    /// <param name="backend">LU backend; default <see cref="LinearAlgebraBackends.Current"/>.</param>
    /// <exception cref="NumericalException">(I − A) is singular: the message names the nodes of a closed block (columns of A
    /// summing to 1 that buy only from each other) or, for another singularity, the node where the factorisation broke down
    /// and the columns of A summing to ≥ 1.</exception>
    public static LeontiefSolver Factor(MrioTable table, IDenseLuBackend? backend = null) =>
        Factor(table, Enumerable.Range(0, table.NodeCount).ToArray(), backend);

    /// <summary>Factors (I − A) with the nodes of <paramref name="extracted"/> deleted (hypothetical extraction).</summary>
    public static LeontiefSolver FactorWithout(MrioTable table, IEnumerable<int> extracted, IDenseLuBackend? backend = null)
    {
        var drop = new HashSet<int>(extracted);
        return Factor(table, Enumerable.Range(0, table.NodeCount).Where(i => !drop.Contains(i)).ToArray(), backend);
    }

    /// <summary>
    /// The solver of (I − A) with <paramref name="extracted"/> deleted, answered from THIS factorisation (no new one)
    /// by the Schur-complement identity [(I − A)_NN]⁻¹ = B_NN − B_NR (B_RR)⁻¹ B_RN: 2|R| extra solves instead of an
    /// n³ factorisation. Same results as <see cref="FactorWithout"/> up to rounding; used when R is at most a quarter
    /// of the nodes (otherwise, or when this solver is itself an extraction, it factors anew).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A node index is outside the table.</exception>
    public LeontiefSolver Without(IEnumerable<int> extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var drop = new SortedSet<int>(extracted);
        if (drop.Count > 0 && (drop.Min < 0 || drop.Max >= NodeCount))
            throw new ArgumentOutOfRangeException(nameof(extracted), $"node indices must lie in 0..{NodeCount - 1}");
        if (!Extracted.IsEmpty || drop.Count > NodeCount / 4)
            return FactorWithout(Table, drop.Concat(Extracted), LinearAlgebraBackends.FromName(BackendName));
        if (drop.Count == 0) return this;
        var keep = Enumerable.Range(0, NodeCount).Where(i => !drop.Contains(i)).ToArray();
        return new LeontiefSolver(Table, new SchurExtraction(_lu, keep, drop.ToArray()), keep, BackendName);
    }

    private static LeontiefSolver Factor(MrioTable table, int[] keep, IDenseLuBackend? backend)
    {
        backend ??= LinearAlgebraBackends.Current;
        var (closed, bySales) = ClosedBlock.Find(table, keep);
        if (closed.Length > 0)
        {
            var labels = closed.Select(i => table.Nodes[i].Label).ToArray();
            var how = bySales
                ? "they sell their whole output to each other as inputs (no final demand, no other buyers)"
                : "their columns of A sum to 1 and they buy only from each other (no value added)";
            var check = bySales ? "final demand and sales" : "value added and inputs";
            throw new NumericalException(
                $"(I − A) of {table.Describe()} is singular: {labels.Length} node(s) form a closed block — {how}, so their output cannot be solved for: "
                + $"{Shown(labels)}; check gross output, {check} of these nodes",
                labels);
        }
        var m = BuildIMinusA(table, keep);
        IDenseLuFactorization lu;
        try
        {
            lu = backend.Factor(m, keep.Length);
        }
        catch (NumericalException e) when (e.Nodes.Count == 1 && int.TryParse(e.Nodes[0], out var pivot) && pivot < keep.Length)
        {
            var node = table.Nodes[keep[pivot]].Label;
            var heavy = CoefficientDiagnostics.Of(table).WorstColumns.Select(c => $"{c.Node} {c.ColumnSum.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)}").ToArray();
            throw new NumericalException(
                $"(I − A) of {table.Describe()} is singular: the column of {node} depends on the columns before it (zero pivot {pivot}, {backend.Name} LU); "
                + (heavy.Length > 0 ? $"columns of A summing to ≥ 1: {string.Join(", ", heavy)}" : "check zero-output nodes and the input coefficients of this node"),
                [node]);
        }
        return new LeontiefSolver(table, lu, keep, backend.Name);
    }

    private static string Shown(string[] labels) =>
        labels.Length <= 20 ? string.Join(", ", labels) : string.Join(", ", labels.Take(20)) + $", … ({labels.Length - 20} more)";

    /// <summary>(I − A) restricted to <paramref name="keep"/>, row-major.</summary>
    internal static double[] BuildIMinusA(MrioTable table, int[] keep)
    {
        var n = table.NodeCount;
        var r = keep.Length;
        var z = table.IntermediateStorage;
        var x = table.GrossOutput;
        var inv = new double[r];
        for (var c = 0; c < r; c++)
        {
            var xo = x[keep[c]];
            inv[c] = xo == 0 ? 0 : 1.0 / xo;
        }
        var m = new double[r * r];
        Parallel.For(0, r, row =>
        {
            var src = z.AsSpan(keep[row] * n, n);
            var dst = m.AsSpan(row * r, r);
            for (var c = 0; c < r; c++)
            {
                var v = src[keep[c]];
                dst[c] = v == 0 ? 0 : -v * inv[c];
            }
            dst[row] += 1.0;
        });
        if (!double.IsFinite(System.Numerics.Tensors.TensorPrimitives.SumOfMagnitudes<double>(m)))
        {
            // Some a_ik = z_ik / x_k overflowed (inputs many orders of magnitude above the output): name the first column.
            var bad = Array.FindIndex(m, v => !double.IsFinite(v));
            if (bad >= 0)
            {
                var node = table.Nodes[keep[bad % r]].Label;
                throw new NumericalException($"input coefficient of {node} in {table.Describe()} is not finite (its inputs overflow when divided by its gross output {x[keep[bad % r]].ToString("R", System.Globalization.CultureInfo.InvariantCulture)})", [node]);
            }
        }
        return m;
    }

    /// <summary>B c: gross output needed (per node) to deliver final demand <paramref name="finalDemand"/>.</summary>
    public double[] SolveColumn(ReadOnlySpan<double> finalDemand)
    {
        CheckLength(finalDemand.Length);
        var b = Reduce(finalDemand);
        _lu.Solve(b, 1, transpose: false);
        return Expand(b);
    }

    /// <summary>r'B: e.g. with r = value-added coefficients, the value added embodied per unit of each final product.</summary>
    public double[] SolveRow(ReadOnlySpan<double> weights)
    {
        CheckLength(weights.Length);
        var b = Reduce(weights);
        _lu.Solve(b, 1, transpose: true);
        return Expand(b);
    }

    /// <summary>
    /// B c for several final-demand vectors in one multi-right-hand-side solve (much faster than one
    /// <see cref="SolveColumn"/> per vector).
    /// </summary>
    public double[][] SolveColumns(IReadOnlyList<double[]> finalDemands) => MultiSolve(finalDemands, transpose: false);

    /// <summary>r'B for several weight vectors in one multi-right-hand-side transposed solve.</summary>
    public double[][] SolveRows(IReadOnlyList<double[]> weights) => MultiSolve(weights, transpose: true);

    /// <summary>Column j of B (b_·j), full length.</summary>
    public double[] Column(int j) => Columns([j])[0];

    /// <summary>Row i of B (b_i·), full length.</summary>
    public double[] Row(int i) => Rows([i])[0];

    /// <summary>Several columns of B in one multi-right-hand-side solve. Extracted nodes give zero vectors.</summary>
    public double[][] Columns(IReadOnlyList<int> nodes) => UnitSolves(nodes, transpose: false);

    /// <summary>Several rows of B in one multi-right-hand-side transposed solve. Extracted nodes give zero vectors.</summary>
    public double[][] Rows(IReadOnlyList<int> nodes) => UnitSolves(nodes, transpose: true);

    /// <summary>Output multipliers 1'B (column sums of B), one transposed solve.</summary>
    public double[] OutputMultipliers()
    {
        var ones = new double[NodeCount];
        foreach (var k in _keep) ones[k] = 1;
        return SolveRow(ones);
    }

    /// <summary>
    /// The full Leontief inverse B (row-major n × n), built from the factorisation with n solves. Costs O(n³) and 8n²
    /// bytes: call it only when B itself is wanted (display, full-pair rankings).
    /// </summary>
    public double[] Inverse()
    {
        var n = NodeCount;
        var r = _keep.Length;
        // Columns of B are solves with unit vectors; solving the transposed system gives rows directly in row-major order.
        var rows = new double[r * r];
        for (var i = 0; i < r; i++) rows[i * r + i] = 1;
        _lu.Solve(rows, r, transpose: true);
        if (r == n && Extracted.IsEmpty) return rows;
        var full = new double[n * n];
        for (var i = 0; i < r; i++)
            for (var c = 0; c < r; c++)
                full[_keep[i] * n + _keep[c]] = rows[i * r + c];
        return full;
    }

    private double[][] UnitSolves(IReadOnlyList<int> nodes, bool transpose)
    {
        var r = _keep.Length;
        var result = new double[nodes.Count][];
        var live = new List<(int slot, int reduced)>();
        for (var s = 0; s < nodes.Count; s++)
        {
            var node = nodes[s];
            if ((uint)node >= (uint)NodeCount) throw new ArgumentOutOfRangeException(nameof(nodes), $"node index {node} outside 0..{NodeCount - 1}");
            var p = _position[node];
            if (p < 0) result[s] = new double[NodeCount];
            else live.Add((s, p));
        }
        for (var start = 0; start < live.Count; start += Batch)
        {
            var count = Math.Min(Batch, live.Count - start);
            var b = new double[r * count];
            for (var t = 0; t < count; t++) b[t * r + live[start + t].reduced] = 1;
            _lu.Solve(b, count, transpose);
            for (var t = 0; t < count; t++) result[live[start + t].slot] = Expand(b.AsSpan(t * r, r));
        }
        return result;
    }

    private double[][] MultiSolve(IReadOnlyList<double[]> vectors, bool transpose)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var r = _keep.Length;
        var result = new double[vectors.Count][];
        for (var start = 0; start < vectors.Count; start += Batch)
        {
            var count = Math.Min(Batch, vectors.Count - start);
            var b = new double[r * count];
            for (var t = 0; t < count; t++)
            {
                var v = vectors[start + t];
                CheckLength(v.Length);
                for (var k = 0; k < r; k++) b[t * r + k] = v[_keep[k]];
            }
            _lu.Solve(b, count, transpose);
            for (var t = 0; t < count; t++) result[start + t] = Expand(b.AsSpan(t * r, r));
        }
        return result;
    }

    private double[] Reduce(ReadOnlySpan<double> full)
    {
        var b = new double[_keep.Length];
        for (var r = 0; r < _keep.Length; r++) b[r] = full[_keep[r]];
        return b;
    }

    private double[] Expand(ReadOnlySpan<double> reduced)
    {
        if (reduced.Length == NodeCount && Extracted.IsEmpty) return reduced.ToArray();
        var full = new double[NodeCount];
        for (var r = 0; r < _keep.Length; r++) full[_keep[r]] = reduced[r];
        return full;
    }

    private void CheckLength(int length)
    {
        if (length != NodeCount) throw new ArgumentException($"vector must have {NodeCount} entries, got {length}");
    }
}
