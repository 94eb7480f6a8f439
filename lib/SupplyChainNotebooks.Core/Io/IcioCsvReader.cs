using System.Globalization;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Model.Codes;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Reads a table in the OECD ICIO CSV layout (plain or gzip): first column of labels (header <c>V1</c>), one row and
/// one column per node <c>CCC_IND</c> in the same order, final-demand columns <c>CCC_CAT</c>, the output column
/// <c>OUT</c> (or <c>TOTAL</c>), and bottom rows <c>TLS</c>/<c>CCC_TAXSUB</c>/<c>TXSP</c> (taxes less subsidies),
/// <c>VA</c>/<c>VALU</c> (value added), <c>OUT</c>/<c>OUTPUT</c>/<c>GO</c> (output) and any other primary-input rows.
/// The layout is read from the labels, not assumed, so the same reader serves ICIO 2018/2021/2023/2025 (small and
/// extended), the WIOD 2013 and Long-run WIOD tables of the data mirror and user tables written in this layout.
/// The published output is used as x; the balance error is reported (<see cref="MrioTable.Balance"/>), not rejected.
/// </summary>
public static class IcioCsvReader
{
    private static readonly HashSet<string> s_outputLabels = new(StringComparer.OrdinalIgnoreCase) { "OUT", "OUTPUT", "TOTAL", "GO" };
    private static readonly HashSet<string> s_valueAddedLabels = new(StringComparer.OrdinalIgnoreCase) { "VA", "VALU" };
    private static readonly HashSet<string> s_taxLabels = new(StringComparer.OrdinalIgnoreCase) { "TLS", "TXSP" };
    private static readonly HashSet<string> s_totalRows = new(StringComparer.OrdinalIgnoreCase) { "II_fob", "II", "TTL_INT_FNL" };

    /// <summary>Reads a file.</summary>
    /// <exception cref="DataFormatException">The layout is not the ICIO layout; the message names file, line and column.</exception>
    public static MrioTable Read(string path, IcioReadOptions? options = null)
    {
        options ??= new IcioReadOptions();
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var sha = DataProvenance.Record(options.DatasetId, path);
        using var stream = CompressedFile.OpenRead(path);
        var table = Read(stream, path, sha, options);
        return options.MergeSplitCountries ? SplitCountries.Merge(table, path) : table;
    }

    /// <summary>Reads from a stream (the name is used in messages and provenance).</summary>
    public static MrioTable Read(Stream stream, string name, string? sha256, IcioReadOptions options)
    {
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new DataFormatException(name, 1, null, $"cannot read the header: {(e.Message.Length <= 300 ? e.Message : e.Message[..300] + "…")}", e);
        }
        using (reader)
        {
            var header = reader.Header.ColNames.ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
                throw new DataFormatException(name, 1, null, "empty file: no header line");
            if (header.Length < 3)
                throw new DataFormatException(name, 1, null,
                    $"the header has {header.Length} column(s); an ICIO-layout CSV is comma-separated with a label column, node columns and OUT"
                    + (header[0].Contains(';') ? " (the file looks semicolon-separated)" : header[0].Contains('\t') ? " (the file looks tab-separated)" : ""));
            var columns = header.AsSpan(1).ToArray();
            var outColumn = Array.FindLastIndex(columns, c => s_outputLabels.Contains(c.Trim()));
            if (outColumn < 0)
                throw new DataFormatException(name, 1, null, "missing OUT column (gross output); the last column of an ICIO-layout table is OUT or TOTAL");

            var nodeRows = new List<(string label, double[] values, long line)>();
            var bottomRows = new List<(string label, double[] values, long line)>();
            var width = columns.Length;
            var inNodes = true;
            foreach (var (label, values, line) in IcioCsvRowParser.Parse(reader, name, header, IcioCsvRowParser.WorthParallel(stream)))
            {
                if (inNodes && nodeRows.Count < width && string.Equals(label, columns[nodeRows.Count].Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    nodeRows.Add((label, values, line));
                    continue;
                }
                inNodes = false;
                bottomRows.Add((label, values, line));
            }
            if (nodeRows.Count == 0)
                throw new DataFormatException(name, 2, null, $"no node rows: the first row label should be '{columns[0]}' (the first column label)");
            var n = nodeRows.Count;
            if (n >= outColumn)
                throw new DataFormatException(name, nodeRows[^1].line, null, "node rows run into the final-demand/OUT columns");

            // Every label that repeats a node column must have been consumed as a node row, in order.
            var nodeLabels = new HashSet<string>(columns.Take(n), StringComparer.OrdinalIgnoreCase);
            foreach (var (label, _, line) in bottomRows)
            {
                if (nodeLabels.Contains(label))
                    throw new DataFormatException(name, line, null, $"duplicate or out-of-order node row '{label}'");
                if (NodeLabel.TryParse(label, out var nl) && !label.EndsWith("_TAXSUB", StringComparison.OrdinalIgnoreCase)
                    && columns.Take(outColumn).Skip(n).All(c => !string.Equals(c, label, StringComparison.OrdinalIgnoreCase))
                    && IsNodeLike(nl, columns, n))
                    throw new DataFormatException(name, line, null, $"row '{label}' looks like a node but does not match column {n + 1} ('{columns[Math.Min(n, columns.Length - 1)]}'): row labels and column labels must list the same nodes in the same order");
            }

            var nodes = new NodeLabel[n];
            for (var i = 0; i < n; i++)
            {
                if (!NodeLabel.TryParse(nodeRows[i].label, out nodes[i]))
                    throw new DataFormatException(name, nodeRows[i].line, header[0], $"row label '{nodeRows[i].label}' is not COUNTRY_INDUSTRY");
            }
            var fdCount = outColumn - n;
            var fdColumns = new FinalDemandColumn[fdCount];
            for (var c = 0; c < fdCount; c++)
            {
                var label = columns[n + c].Trim();
                if (!NodeLabel.TryParse(label, out var parsed))
                    throw new DataFormatException(name, 1, label, "final-demand column label is not COUNTRY_CATEGORY");
                if (nodeLabels.Contains(label))
                    throw new DataFormatException(name, 1, label, "duplicate node column");
                fdColumns[c] = new FinalDemandColumn(parsed.Country, parsed.Industry);
            }

            var z = new double[n * n];
            var f = new double[n * fdCount];
            var x = new double[n];
            for (var i = 0; i < n; i++)
            {
                var v = nodeRows[i].values;
                Array.Copy(v, 0, z, i * n, n);
                Array.Copy(v, n, f, i * fdCount, fdCount);
                x[i] = v[outColumn];
            }

            double[]? va = null, tls = null, outRow = null;
            var others = new Dictionary<string, double[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var (label, values, line) in bottomRows)
            {
                var primary = values.AsSpan(0, n).ToArray();
                if (s_outputLabels.Contains(label)) outRow = primary;
                else if (s_valueAddedLabels.Contains(label)) va = Add(va, primary);
                else if (s_taxLabels.Contains(label) || label.EndsWith("_TAXSUB", StringComparison.OrdinalIgnoreCase)) tls = Add(tls, primary);
                else if (s_totalRows.Contains(label)) continue;
                else if (!others.TryAdd(label, primary))
                    throw new DataFormatException(name, line, header[0], $"duplicate row '{label}'");
            }

            for (var i = 0; i < n; i++)
            {
                if (x[i] < 0)
                    throw new DataFormatException(name, nodeRows[i].line, columns[outColumn], $"negative gross output {x[i].ToString(CultureInfo.InvariantCulture)} for {nodes[i].Label}");
            }

            if (outRow is null)
                throw new DataFormatException(name, nodeRows[^1].line + 1, header[0],
                    $"missing OUT row (gross output); the ICIO layout ends with the rows {string.Join(", ", s_outputLabels)}; rows after the nodes: {string.Join(", ", bottomRows.Select(r => r.label).DefaultIfEmpty("none"))}");
            var format = $"icio-csv {DescribeEdition(name, nodes, options)} ({DescribeLayout(nodes, fdColumns)})";
            var table = new MrioTable(options.DatasetId, options.Year, new TableSource(Path.GetFullPath(name), sha256, format),
                nodes, z, fdColumns, f, x, va, tls, others);
            if (outRow is not null)
            {
                for (var k = 0; k < n; k++)
                {
                    var tolerance = Math.Max(1.0, 1e-6 * Math.Abs(x[k]));
                    if (Math.Abs(outRow[k] - x[k]) > tolerance)
                        throw new DataFormatException(name, bottomRows.First(r => s_outputLabels.Contains(r.label)).line, columns[k],
                            $"OUT row ({outRow[k].ToString(CultureInfo.InvariantCulture)}) and OUT column ({x[k].ToString(CultureInfo.InvariantCulture)}) disagree for {nodes[k].Label}");
                }
            }
            return table;
        }
    }

    /// <summary>Recognises the edition from the industry codes (first-appearance order) or throws when unknown.</summary>
    private static string DescribeEdition(string name, NodeLabel[] nodes, IcioReadOptions options)
    {
        var seen = new List<string>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
            if (distinct.Add(node.Industry)) seen.Add(node.Industry);
        var extended = nodes.Any(x => TableAggregation.SplitCountryMerge.ContainsKey(x.Country)) ? "extended" : "small";
        if (options.CustomLayout) return $"custom layout, {extended}";
        var edition = IndustryCodes.Detect(seen);
        var known = IndustryCodes.Editions.Select(e => $"{e.Id} ({e.Industries.Length}: {e.Industries[0].Code} … {e.Industries[^1].Code})");
        if (edition is null)
        {
            // A table with only some industries of one edition (an extract, a test fixture) is that edition, partially:
            // every code must be written exactly as the edition writes it.
            var candidates = options.ExpectedEdition is { } exp
                ? IndustryCodes.Editions.Where(e => string.Equals(e.Id, exp, StringComparison.OrdinalIgnoreCase))
                : IndustryCodes.Editions;
            var partial = candidates.Where(e => seen.All(code => e.Codes.Contains(code, StringComparer.Ordinal))).ToArray();
            if (partial.Length == 1)
                return $"{partial[0].Id} (partial: {seen.Count} of {partial[0].Industries.Length} industries), {extended}";
            throw new UnknownEditionException(name, seen, known, options.ExpectedEdition);
        }
        if (options.ExpectedEdition is { } expected && !string.Equals(expected, edition.Id, StringComparison.OrdinalIgnoreCase))
            throw new UnknownEditionException(name, seen, known, expected);
        return $"{edition.Id}, {extended}";
    }

    private static bool IsNodeLike(NodeLabel label, string[] columns, int n)
    {
        for (var i = 0; i < n; i++)
            if (NodeLabel.TryParse(columns[i], out var c) && string.Equals(c.Country, label.Country, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static double[] Add(double[]? sum, double[] values)
    {
        if (sum is null) return values;
        for (var i = 0; i < sum.Length; i++) sum[i] += values[i];
        return sum;
    }

    private static string DescribeLayout(NodeLabel[] nodes, FinalDemandColumn[] fd)
    {
        var countries = nodes.Select(x => x.Country).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var industries = nodes.Select(x => x.Industry).Distinct(StringComparer.Ordinal).Count();
        var categories = string.Join(",", fd.Select(c => c.Category).Distinct(StringComparer.Ordinal));
        return $"{countries} countries × {industries} industries; final demand {categories}";
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
