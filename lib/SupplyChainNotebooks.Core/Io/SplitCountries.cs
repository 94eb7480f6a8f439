using System.Globalization;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// The split countries of extended OECD ICIO tables: China (CN1 processing-trade exporters, CN2 the rest) and Mexico
/// (MX1 global manufacturing, MX2 the rest). Extended files list CHN and MEX as well; their node blocks are expected to
/// be empty (final demand stays by the whole country), so merging CN1+CN2 into CHN (MX1+MX2 into MEX) sums rows,
/// columns and final-demand columns without double counting. A file where both the whole country's nodes and its
/// parts carry values is refused.
/// </summary>
public static class SplitCountries
{
    /// <summary>True when the table has any of CN1, CN2, MX1, MX2.</summary>
    public static bool IsExtended(MrioTable table) => table.Countries.Any(TableAggregation.SplitCountryMerge.ContainsKey);

    /// <summary>Merges the split countries into CHN and MEX.</summary>
    /// <exception cref="DataFormatException">A whole country and its parts both carry values.</exception>
    public static MrioTable Merge(MrioTable table, string file)
    {
        var map = TableAggregation.SplitCountryMerge;
        var parts = table.Countries.Where(map.ContainsKey).ToArray();
        if (parts.Length == 0) return table;
        var notes = new List<string>();
        foreach (var group in parts.GroupBy(p => map[p], StringComparer.OrdinalIgnoreCase))
        {
            var whole = group.Key;
            var merged = string.Join("+", group);
            if (!table.HasCountry(whole))
            {
                notes.Add($"{merged}→{whole}");
                continue;
            }
            var wholeMass = BlockMass(table, whole);
            var partMass = group.Sum(p => BlockMass(table, p));
            if (wholeMass > 0 && partMass > 0)
                throw new DataFormatException(file, null, whole,
                    $"the table carries both {whole} (Σ|values| {wholeMass.ToString("G6", CultureInfo.InvariantCulture)}) and its parts {string.Join(", ", group)} "
                    + $"(Σ|values| {partMass.ToString("G6", CultureInfo.InvariantCulture)}); merging them would count {whole} twice. "
                    + "Read the file without merging split countries and choose one of the two.");
            notes.Add($"{merged}→{whole} ({whole} block empty in the file)");
        }
        return table.AggregateCountries(map, "split countries merged: " + string.Join(", ", notes));
    }

    /// <summary>
    /// Σ of absolute values in a country's node rows (Z, F, x) and Z columns. Final-demand columns are not counted: in
    /// extended files final demand is by the whole country (CHN, MEX), which has no CN1/CN2 columns.
    /// </summary>
    internal static double BlockMass(MrioTable table, string country)
    {
        var nodes = table.NodesOf(country);
        var mass = 0.0;
        foreach (var i in nodes)
        {
            foreach (var v in table.IntermediateRow(i)) mass += Math.Abs(v);
            foreach (var v in table.FinalDemandRow(i)) mass += Math.Abs(v);
            mass += Math.Abs(table.GrossOutput[i]);
        }
        for (var i = 0; i < table.NodeCount; i++)
        {
            var row = table.IntermediateRow(i);
            foreach (var k in nodes) mass += Math.Abs(row[k]);
        }
        return mass;
    }
}
