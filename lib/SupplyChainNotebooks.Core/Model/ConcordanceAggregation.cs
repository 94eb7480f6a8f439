using System.Collections.Immutable;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>What one concordance did to a table.</summary>
/// <param name="Concordance">Concordance name.</param>
/// <param name="Dimension">What was mapped.</param>
/// <param name="NodesBefore">Nodes before this step.</param>
/// <param name="NodesAfter">Nodes after this step.</param>
/// <param name="CodesMapped">Codes of the table that the concordance mapped (table spelling).</param>
/// <param name="ApproximateCodes">Codes of the table whose mapping the concordance marks approximate.</param>
/// <param name="UnmatchedCodes">Codes listed in the concordance that the table does not have (e.g. ASEAN members an
/// edition does not separate, or another edition's code form).</param>
public sealed record AggregationStep(
    string Concordance,
    ConcordanceDimension Dimension,
    int NodesBefore,
    int NodesAfter,
    IReadOnlyList<string> CodesMapped,
    IReadOnlyList<string> ApproximateCodes,
    IReadOnlyList<string> UnmatchedCodes);

/// <summary>A table aggregated by concordances, with the original, the steps and where every original node went.</summary>
/// <param name="Original">The table before aggregation.</param>
/// <param name="Table">The aggregated table.</param>
/// <param name="Steps">One step per concordance, in the order applied.</param>
/// <param name="NodeMap">Original node label → aggregated node label (every node of <paramref name="Original"/>).</param>
public sealed record AggregatedTable(
    MrioTable Original,
    MrioTable Table,
    IReadOnlyList<AggregationStep> Steps,
    IReadOnlyDictionary<string, string> NodeMap)
{
    /// <summary>Original node labels that were merged into an aggregated node (the preimage), in table order.</summary>
    public IReadOnlyList<string> MembersOf(string aggregatedLabel)
    {
        var target = Table.Nodes[Table.IndexOf(aggregatedLabel)].Label;
        return Original.Nodes.Select(n => n.Label).Where(l => string.Equals(NodeMap[l], target, StringComparison.OrdinalIgnoreCase)).ToArray();
    }
}

/// <summary>
/// Applies concordances (<see cref="Concordance"/>) to a table before analysis, after checking that they fit it: an
/// industry concordance must list every industry of the table (the missing codes are named), a country or node
/// concordance must match at least one code. The summing is <see cref="TableAggregation"/>'s, so Z, F, x, value added,
/// taxes and the other primary-input rows keep their totals. Aggregating changes PTF unless the merged nodes have
/// identical input columns (methodology §1.11); <c>AggregationBias</c> measures by how much.
/// </summary>
public static class ConcordanceAggregation
{
    /// <summary>Applies the concordances in order.</summary>
    /// <exception cref="ConcordanceCoverageException">A concordance does not fit the table at that step.</exception>
    public static AggregatedTable Apply(MrioTable table, IEnumerable<Concordance> concordances)
    {
        ArgumentNullException.ThrowIfNull(table);
        var current = table;
        var map = table.Nodes.ToDictionary(n => n.Label, n => n.Label, StringComparer.OrdinalIgnoreCase);
        var steps = new List<AggregationStep>();
        foreach (var c in concordances)
        {
            var (next, step, nodeMap) = ApplyOne(current, c);
            foreach (var key in map.Keys.ToArray()) map[key] = nodeMap[map[key]];
            steps.Add(step);
            current = next;
        }
        return new AggregatedTable(table, current, steps, map.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Applies one concordance.</summary>
    /// <exception cref="ConcordanceCoverageException">The concordance does not fit the table.</exception>
    public static AggregatedTable Apply(MrioTable table, Concordance concordance) => Apply(table, [concordance]);

    /// <summary>
    /// Checks how a concordance fits a table without aggregating: codes of the table it does not list (an error for
    /// complete-coverage concordances), codes it lists that the table lacks, and approximate mappings in use.
    /// </summary>
    public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Unmatched, IReadOnlyList<string> Approximate, IReadOnlyList<string> Mapped)
        Check(MrioTable table, Concordance concordance)
    {
        IEnumerable<string> codes = concordance.Dimension switch
        {
            ConcordanceDimension.Country => table.Countries,
            ConcordanceDimension.Industry => table.Industries,
            _ => table.Nodes.Select(n => n.Label),
        };
        var codeList = codes.ToArray();
        var year = table.Year;
        var missing = codeList.Where(c => concordance.Find(c, year) is null).ToArray();
        var mapped = codeList.Where(c => concordance.Find(c, year) is not null).ToArray();
        var approximate = mapped.Where(c => concordance.Find(c, year)!.Approximate).ToArray();
        var unmatched = concordance.Entries.Select(e => e.From).Distinct(StringComparer.Ordinal)
            .Where(f => !codeList.Any(c => SameCode(concordance, c, f))).ToArray();
        return (missing, unmatched, approximate, mapped);
    }

    private static bool SameCode(Concordance c, string tableCode, string from) =>
        c.Dimension == ConcordanceDimension.Industry ? string.Equals(tableCode, from, StringComparison.Ordinal)
            : string.Equals(tableCode, from, StringComparison.OrdinalIgnoreCase);

    private static (MrioTable table, AggregationStep step, IReadOnlyDictionary<string, string> nodeMap) ApplyOne(MrioTable table, Concordance c)
    {
        if (c.IsYearDependent && table.Year is null)
            throw new ConcordanceCoverageException(c.Name, c.Path, table.Describe(), [],
                "its lines depend on the table year (membership by year) but the table has no year");
        var (missing, unmatched, approximate, mapped) = Check(table, c);
        var appliesTo = string.Join(", ", c.AppliesTo);
        var dimension = c.Dimension.ToString().ToLowerInvariant();
        if (mapped.Count == 0)
            throw new ConcordanceCoverageException(c.Name, c.Path, table.Describe(), [],
                $"none of its {c.Entries.Count} {dimension} codes occur in the table (it applies to: {appliesTo}); the table's {dimension} codes start {string.Join(", ", FirstCodes(table, c.Dimension))}");
        if (c.RequiresCompleteCoverage && missing.Count > 0)
            throw new ConcordanceCoverageException(c.Name, c.Path, table.Describe(), missing,
                $"it must list every {dimension} of the table (it applies to: {appliesTo})");

        var year = table.Year;
        NodeLabel MapNode(NodeLabel node) => c.Dimension switch
        {
            ConcordanceDimension.Country => new NodeLabel(c.Find(node.Country, year)?.To ?? node.Country, node.Industry),
            ConcordanceDimension.Industry => new NodeLabel(node.Country, c.Find(node.Industry, year)?.To ?? node.Industry),
            _ => c.Find(node.Label, year) is { } e ? NodeLabel.Parse(e.To) : node,
        };
        string MapFinalDemandCountry(string country) => c.Dimension == ConcordanceDimension.Country ? c.Find(country, year)?.To ?? country : country;

        var aggregated = TableAggregation.Aggregate(table, MapNode, MapFinalDemandCountry, $"aggregated by concordance '{c.Name}'");
        var nodeMap = table.Nodes.ToDictionary(n => n.Label, n => aggregated.Nodes[aggregated.IndexOf(MapNode(n).Label)].Label, StringComparer.OrdinalIgnoreCase);
        var step = new AggregationStep(c.Name, c.Dimension, table.NodeCount, aggregated.NodeCount, mapped, approximate, unmatched);
        return (aggregated, step, nodeMap);
    }

    private static IEnumerable<string> FirstCodes(MrioTable table, ConcordanceDimension d) => (d switch
    {
        ConcordanceDimension.Country => table.Countries.AsEnumerable(),
        ConcordanceDimension.Industry => table.Industries,
        _ => table.Nodes.Select(n => n.Label),
    }).Take(6);
}
