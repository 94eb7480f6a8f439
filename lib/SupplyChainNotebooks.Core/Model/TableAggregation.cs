using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>
/// Merges countries and/or industries of a table by summing flows (e.g. CN1+CN2 → CHN, MX1+MX2 → MEX, or ICIO 45 →
/// 35 sectors). Totals are preserved exactly. Aggregating changes PTF unless the merged nodes have identical input
/// columns (methodology §1.11), so it is done to the table before analysis, never by averaging results.
/// </summary>
public static class TableAggregation
{
    /// <summary>The extended ICIO split-country merge: CN1, CN2 → CHN; MX1, MX2 → MEX.</summary>
    public static IReadOnlyDictionary<string, string> SplitCountryMerge { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["CN1"] = "CHN", ["CN2"] = "CHN", ["MX1"] = "MEX", ["MX2"] = "MEX" };

    /// <summary>Merges countries by a code map; countries not in the map keep their code.</summary>
    public static MrioTable AggregateCountries(this MrioTable table, IReadOnlyDictionary<string, string> countryMap, string? note = null) =>
        Aggregate(table, countryMap, null, note ?? "countries merged: " + string.Join(", ", countryMap.Select(kv => $"{kv.Key}→{kv.Value}")));

    /// <summary>
    /// Merges countries and industries. Each node (c, i) goes to (countryMap[c] ?? c, industryMap[i] ?? i); final-demand
    /// columns merge by destination country and keep their category. Node order: order of first appearance.
    /// </summary>
    /// <param name="table">Table to aggregate.</param>
    /// <param name="countryMap">Country code → target code (case-insensitive keys); null keeps every country.</param>
    /// <param name="industryMap">Industry code → target code; null keeps every industry. Every industry of the table must
    /// be mapped when a map is given (a partial concordance is an error, since it usually means a wrong edition).</param>
    /// <param name="note">Appended to the source description.</param>
    public static MrioTable Aggregate(MrioTable table, IReadOnlyDictionary<string, string>? countryMap,
        IReadOnlyDictionary<string, string>? industryMap, string? note = null)
    {
        string MapCountry(string c) => countryMap is not null && countryMap.TryGetValue(c, out var t) ? t : c;
        string MapIndustry(string i)
        {
            if (industryMap is null) return i;
            if (industryMap.TryGetValue(i, out var t)) return t;
            throw new UnknownLabelException("industry in concordance", i, $"aggregation of {table.Describe()}", industryMap.Keys);
        }

        return Aggregate(table, node => new NodeLabel(MapCountry(node.Country), MapIndustry(node.Industry)), MapCountry, note);
    }

    /// <summary>
    /// Merges nodes by an arbitrary node map (e.g. only CHN_MIN + CHN_MAN → CHN_ALL, leaving the same industries of other
    /// countries apart). Nodes with the same target label are summed; final-demand columns go to
    /// <paramref name="finalDemandCountryMap"/>(destination) and keep their category. Node order: order of first appearance.
    /// Totals (Z, F, x, value added, taxes, other primary rows) are preserved exactly up to floating-point summation.
    /// </summary>
    /// <param name="table">Table to aggregate.</param>
    /// <param name="nodeMap">Node → target node.</param>
    /// <param name="finalDemandCountryMap">Destination country of a final-demand column → target country.</param>
    /// <param name="note">Appended to the source description.</param>
    public static MrioTable Aggregate(MrioTable table, Func<NodeLabel, NodeLabel> nodeMap, Func<string, string> finalDemandCountryMap,
        string? note = null)
    {
        ArgumentNullException.ThrowIfNull(nodeMap);
        ArgumentNullException.ThrowIfNull(finalDemandCountryMap);
        var n = table.NodeCount;
        var targetOf = new int[n];
        var targets = new List<NodeLabel>();
        var targetIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < n; i++)
        {
            var node = table.Nodes[i];
            var mapped = nodeMap(node);
            if (!targetIndex.TryGetValue(mapped.Label, out var t))
            {
                t = targets.Count;
                targets.Add(mapped);
                targetIndex[mapped.Label] = t;
            }
            targetOf[i] = t;
        }

        var fdTargetOf = new int[table.FinalDemandColumns.Length];
        var fdTargets = new List<FinalDemandColumn>();
        var fdIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < fdTargetOf.Length; c++)
        {
            var col = table.FinalDemandColumns[c];
            var mapped = new FinalDemandColumn(finalDemandCountryMap(col.Country), col.Category);
            if (!fdIndex.TryGetValue(mapped.Label, out var t))
            {
                t = fdTargets.Count;
                fdTargets.Add(mapped);
                fdIndex[mapped.Label] = t;
            }
            fdTargetOf[c] = t;
        }

        var n2 = targets.Count;
        var m = fdTargetOf.Length;
        var m2 = fdTargets.Count;
        var z = new double[n2 * n2];
        var f = new double[n2 * m2];
        var x = new double[n2];
        for (var i = 0; i < n; i++)
        {
            var ti = targetOf[i];
            var row = table.IntermediateRow(i);
            for (var k = 0; k < n; k++) z[ti * n2 + targetOf[k]] += row[k];
            var frow = table.FinalDemandRow(i);
            for (var c = 0; c < m; c++) f[ti * m2 + fdTargetOf[c]] += frow[c];
            x[ti] += table.GrossOutput[i];
        }

        double[]? SumVector(IReadOnlyList<double>? v)
        {
            if (v is null) return null;
            var r = new double[n2];
            for (var i = 0; i < n; i++) r[targetOf[i]] += v[i];
            return r;
        }

        var others = table.OtherPrimaryInputs.ToDictionary(kv => kv.Key, kv => SumVector(kv.Value)!);
        var source = table.Source with { Format = $"{table.Source.Format}; {note ?? "aggregated"}" };
        return new MrioTable(table.DatasetId, table.Year, source, targets.ToArray(), z, fdTargets.ToArray(), f, x,
            SumVector(table.ValueAdded), SumVector(table.TaxesLessSubsidies), others);
    }
}
