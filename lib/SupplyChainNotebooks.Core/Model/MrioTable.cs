using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>
/// An immutable multi-regional input–output table in basic prices (the unit of the source, normally million USD).
/// Row i = supplier, column k = buyer. Holds the intermediate flows Z (n × n), final demand F by destination country and
/// category (n × m), value added, taxes less subsidies and other primary-input rows where the source has them, and the
/// published gross output x (never re-derived: the input coefficients are a_ik = z_ik / x_k with that x).
/// </summary>
public sealed class MrioTable
{
    private readonly double[] _z;      // row-major n × n
    private readonly double[] _f;      // row-major n × m
    private readonly FrozenDictionary<string, int> _index;
    private readonly FrozenDictionary<string, ImmutableArray<int>> _byCountry;
    private ImmutableArray<double> _finalDemandTotal;

    internal MrioTable(
        string datasetId,
        int? year,
        TableSource source,
        NodeLabel[] nodes,
        double[] z,
        FinalDemandColumn[] finalDemandColumns,
        double[] f,
        double[] grossOutput,
        double[]? valueAdded,
        double[]? taxesLessSubsidies,
        IReadOnlyDictionary<string, double[]>? otherPrimaryInputs)
    {
        var n = nodes.Length;
        var m = finalDemandColumns.Length;
        if (n == 0) throw new NumericalException("a table needs at least one node");
        if (z.Length != n * n) throw new NumericalException($"Z must be {n}×{n}, got {z.Length} values");
        if (f.Length != n * m) throw new NumericalException($"F must be {n}×{m}, got {f.Length} values");
        if (grossOutput.Length != n) throw new NumericalException($"gross output must have {n} values, got {grossOutput.Length}");
        if (valueAdded is not null && valueAdded.Length != n) throw new NumericalException($"value added must have {n} values");
        if (taxesLessSubsidies is not null && taxesLessSubsidies.Length != n) throw new NumericalException($"taxes less subsidies must have {n} values");

        DatasetId = datasetId;
        Year = year;
        Source = source;
        Nodes = ImmutableArray.Create(nodes);
        FinalDemandColumns = ImmutableArray.Create(finalDemandColumns);
        _z = z;
        _f = f;
        GrossOutput = ImmutableCollectionsMarshal.AsImmutableArray(grossOutput);
        ValueAdded = valueAdded is null ? null : ImmutableCollectionsMarshal.AsImmutableArray(valueAdded);
        TaxesLessSubsidies = taxesLessSubsidies is null ? null : ImmutableCollectionsMarshal.AsImmutableArray(taxesLessSubsidies);
        OtherPrimaryInputs = (otherPrimaryInputs ?? new Dictionary<string, double[]>())
            .ToImmutableDictionary(kv => kv.Key, kv =>
            {
                if (kv.Value.Length != n) throw new NumericalException($"primary-input row '{kv.Key}' must have {n} values");
                return ImmutableCollectionsMarshal.AsImmutableArray(kv.Value);
            });

        RequireFinite(z, "Z", n, n, nodes, nodes.Select(x => x.Label).ToArray());
        RequireFinite(f, "F", n, m, nodes, finalDemandColumns.Select(x => x.Label).ToArray());
        RequireFinite(grossOutput, "gross output", n, 1, nodes, ["OUT"]);
        if (valueAdded is not null) RequireFinite(valueAdded, "value added", n, 1, nodes, ["VA"]);
        if (taxesLessSubsidies is not null) RequireFinite(taxesLessSubsidies, "taxes less subsidies", n, 1, nodes, ["TLS"]);
        foreach (var (label, values) in otherPrimaryInputs ?? new Dictionary<string, double[]>())
            RequireFinite(values, $"primary-input row '{label}'", n, 1, nodes, [label]);
        for (var i = 0; i < n; i++)
        {
            if (grossOutput[i] < 0)
                throw new NumericalException($"negative gross output {grossOutput[i]} for {nodes[i].Label}", [nodes[i].Label]);
        }

        var index = new Dictionary<string, int>(n, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < n; i++)
        {
            if (!index.TryAdd(nodes[i].Label, i))
                throw new NumericalException($"duplicate node label '{nodes[i].Label}'", [nodes[i].Label]);
        }
        _index = index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Countries = nodes.Select(x => x.Country).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        Industries = nodes.Select(x => x.Industry).Distinct(StringComparer.Ordinal).ToImmutableArray();
        _byCountry = Enumerable.Range(0, n)
            .GroupBy(i => nodes[i].Country, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static void RequireFinite(double[] values, string what, int rows, int columns, NodeLabel[] nodes, string[] columnLabels)
    {
        for (var t = 0; t < values.Length; t++)
        {
            if (double.IsFinite(values[t])) continue;
            var row = nodes[t / columns].Label;
            var col = columnLabels[columns == 1 ? 0 : t % columns];
            throw new NumericalException($"non-finite value {values[t]} in {what} at row {row}, column {col}", [row]);
        }
    }

    /// <summary>
    /// Builds a table from arrays (copied). <paramref name="z"/> is n × n, <paramref name="finalDemand"/> n × m, both
    /// row-major. Value added may be null (the residual x − column sums of Z is then used where needed).
    /// </summary>
    public static MrioTable Create(
        string datasetId,
        int? year,
        TableSource source,
        IReadOnlyList<NodeLabel> nodes,
        double[,] z,
        IReadOnlyList<FinalDemandColumn> finalDemandColumns,
        double[,] finalDemand,
        IReadOnlyList<double> grossOutput,
        IReadOnlyList<double>? valueAdded = null,
        IReadOnlyList<double>? taxesLessSubsidies = null)
    {
        var n = nodes.Count;
        var m = finalDemandColumns.Count;
        if (z.GetLength(0) != n || z.GetLength(1) != n) throw new NumericalException($"Z must be {n}×{n}");
        if (finalDemand.GetLength(0) != n || finalDemand.GetLength(1) != m) throw new NumericalException($"F must be {n}×{m}");
        var zf = new double[n * n];
        for (var i = 0; i < n; i++) for (var k = 0; k < n; k++) zf[i * n + k] = z[i, k];
        var ff = new double[n * m];
        for (var i = 0; i < n; i++) for (var c = 0; c < m; c++) ff[i * m + c] = finalDemand[i, c];
        return new MrioTable(datasetId, year, source, nodes.ToArray(), zf, finalDemandColumns.ToArray(), ff,
            grossOutput.ToArray(), valueAdded?.ToArray(), taxesLessSubsidies?.ToArray(), null);
    }

    /// <summary>Dataset id from the catalog (e.g. <c>wiod2013</c>, <c>icio2023</c>), or a free name for in-memory tables.</summary>
    public string DatasetId { get; }

    /// <summary>Reference year, if known.</summary>
    public int? Year { get; }

    /// <summary>The file this table was read from.</summary>
    public TableSource Source { get; }

    /// <summary>Nodes in table order (country-major in every published layout).</summary>
    public ImmutableArray<NodeLabel> Nodes { get; }

    /// <summary>Number of nodes n.</summary>
    public int NodeCount => Nodes.Length;

    /// <summary>Country codes in order of first appearance.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>Industry codes in order of first appearance.</summary>
    public ImmutableArray<string> Industries { get; }

    /// <summary>Final-demand columns (destination country × category).</summary>
    public ImmutableArray<FinalDemandColumn> FinalDemandColumns { get; }

    /// <summary>Published gross output x (the OUT row/column), in the table's unit.</summary>
    public ImmutableArray<double> GrossOutput { get; }

    /// <summary>The value-added row as published (VA/VALU), or null when the source has none.</summary>
    public ImmutableArray<double>? ValueAdded { get; }

    /// <summary>Taxes less subsidies on intermediate and final products (TLS/TAXSUB rows summed), or null.</summary>
    public ImmutableArray<double>? TaxesLessSubsidies { get; }

    /// <summary>Further primary-input rows by code (e.g. LR-WIOD TXSP, SD, PURR, PURNR, MRG_int).</summary>
    public ImmutableDictionary<string, ImmutableArray<double>> OtherPrimaryInputs { get; }

    /// <summary>Intermediate flow z_ik from supplier i to buyer k.</summary>
    public double Intermediate(int i, int k) => _z[i * NodeCount + k];

    /// <summary>Row i of Z (sales of node i to every node).</summary>
    public ReadOnlySpan<double> IntermediateRow(int i) => _z.AsSpan(i * NodeCount, NodeCount);

    /// <summary>Final demand for node i's output from final-demand column c.</summary>
    public double FinalDemand(int i, int c) => _f[i * FinalDemandColumns.Length + c];

    /// <summary>Row i of F.</summary>
    public ReadOnlySpan<double> FinalDemandRow(int i) => _f.AsSpan(i * FinalDemandColumns.Length, FinalDemandColumns.Length);

    /// <summary>Total final demand y_i = Σ_c F_ic for every node (all destinations, all categories incl. inventories).</summary>
    public ImmutableArray<double> FinalDemandTotal
    {
        get
        {
            if (_finalDemandTotal.IsDefault)
            {
                var y = new double[NodeCount];
                for (var i = 0; i < NodeCount; i++)
                {
                    var s = 0.0;
                    foreach (var v in FinalDemandRow(i)) s += v;
                    y[i] = s;
                }
                _finalDemandTotal = ImmutableCollectionsMarshal.AsImmutableArray(y);
            }
            return _finalDemandTotal;
        }
    }

    /// <summary>Final demand of every node by one destination country (all its categories summed).</summary>
    public double[] FinalDemandBy(string destinationCountry)
    {
        var cols = Enumerable.Range(0, FinalDemandColumns.Length)
            .Where(c => string.Equals(FinalDemandColumns[c].Country, destinationCountry, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (cols.Length == 0)
            throw new UnknownLabelException("final-demand country", destinationCountry, Describe(), FinalDemandColumns.Select(c => c.Country));
        var y = new double[NodeCount];
        for (var i = 0; i < NodeCount; i++)
        {
            var row = FinalDemandRow(i);
            foreach (var c in cols) y[i] += row[c];
        }
        return y;
    }

    /// <summary>Input coefficient a_ik = z_ik / x_k (0 when x_k = 0).</summary>
    public double InputCoefficient(int i, int k)
    {
        var x = GrossOutput[k];
        return x == 0 ? 0 : _z[i * NodeCount + k] / x;
    }

    /// <summary>
    /// Primary-input coefficients v_k = 1 − Σ_i a_ik (every primary input incl. taxes; guarantees v'B = 1').
    /// Zero-output columns get 0.
    /// </summary>
    public double[] PrimaryInputCoefficients()
    {
        var n = NodeCount;
        var colSum = ColumnSumsOfZ();
        var v = new double[n];
        for (var k = 0; k < n; k++) v[k] = GrossOutput[k] == 0 ? 0 : 1 - colSum[k] / GrossOutput[k];
        return v;
    }

    /// <summary>
    /// Value-added coefficients VA_k / x_k from the published VA row (TiVA proper). Where the table has no VA row the
    /// residual (x − Σ_i z_ik) is used, which equals <see cref="PrimaryInputCoefficients"/>.
    /// </summary>
    public double[] ValueAddedCoefficients()
    {
        if (ValueAdded is not { } va) return PrimaryInputCoefficients();
        var v = new double[NodeCount];
        for (var k = 0; k < NodeCount; k++) v[k] = GrossOutput[k] == 0 ? 0 : va[k] / GrossOutput[k];
        return v;
    }

    /// <summary>Column sums Σ_i z_ik.</summary>
    public double[] ColumnSumsOfZ()
    {
        var n = NodeCount;
        var s = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = IntermediateRow(i);
            for (var k = 0; k < n; k++) s[k] += row[k];
        }
        return s;
    }

    /// <summary>Index of a node by its label (country compared case-insensitively).</summary>
    /// <exception cref="UnknownLabelException">No such node; the message lists the closest labels.</exception>
    public int IndexOf(string label) =>
        _index.TryGetValue(label, out var i) ? i : throw new UnknownLabelException("node", label, Describe(), _index.Keys);

    /// <summary>Index of a node by country and industry.</summary>
    public int IndexOf(string country, string industry) => IndexOf($"{country}_{industry}");

    /// <summary>Looks a node up without throwing.</summary>
    public bool TryIndexOf(string label, out int index) => _index.TryGetValue(label, out index);

    /// <summary>True if the table has this country (case-insensitive).</summary>
    public bool HasCountry(string country) => _byCountry.ContainsKey(country);

    /// <summary>Indices of every node of a country, in table order.</summary>
    /// <exception cref="UnknownLabelException">No such country.</exception>
    public ImmutableArray<int> NodesOf(string country) =>
        _byCountry.TryGetValue(country, out var nodes) ? nodes : throw new UnknownLabelException("country", country, Describe(), Countries);

    /// <summary>Short description for messages: dataset and year.</summary>
    public string Describe() => Year is { } y ? $"{DatasetId} {y}" : DatasetId;

    /// <summary>Measures the row and column identities (see <see cref="BalanceReport"/>).</summary>
    public BalanceReport Balance()
    {
        var n = NodeCount;
        var y = FinalDemandTotal;
        double maxRow = 0, maxRel = 0, sumAbs = 0, total = 0;
        var worstRow = 0;
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            foreach (var v in IntermediateRow(i)) s += v;
            var x = GrossOutput[i];
            var e = Math.Abs(x - s - y[i]);
            sumAbs += e;
            total += x;
            if (e > maxRow) { maxRow = e; worstRow = i; }
            if (x > 0) maxRel = Math.Max(maxRel, e / x);
        }

        double? maxCol = null;
        string? worstCol = null;
        if (ValueAdded is { } va)
        {
            var colSum = ColumnSumsOfZ();
            double mc = 0;
            var wc = 0;
            for (var k = 0; k < n; k++)
            {
                var primary = va[k] + (TaxesLessSubsidies is { } t ? t[k] : 0);
                foreach (var other in OtherPrimaryInputs.Values) primary += other[k];
                var e = Math.Abs(GrossOutput[k] - colSum[k] - primary);
                if (e > mc) { mc = e; wc = k; }
            }
            maxCol = mc;
            worstCol = Nodes[wc].Label;
        }
        return new BalanceReport(maxRow, Nodes[worstRow].Label, maxRel, maxCol, worstCol, total == 0 ? 0 : sumAbs / total, total);
    }

    /// <summary>Raw access for the numerics layer (row-major Z); never exposed publicly.</summary>
    internal double[] IntermediateStorage => _z;

    /// <summary>Raw access for aggregation and serialisation (row-major F).</summary>
    internal double[] FinalDemandStorage => _f;

    /// <inheritdoc />
    public override string ToString() => $"MrioTable {Describe()}: {NodeCount} nodes ({Countries.Length} countries × {Industries.Length} industries), {FinalDemandColumns.Length} final-demand columns";
}
