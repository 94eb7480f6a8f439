using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// PTF of one chain before and after the table was aggregated. <see cref="PtfDisaggregated"/> is the TiVA-weighted PTF
/// over every original (source, sink) pair that merged into the aggregated pair (methodology §1.5; the pair PTF itself
/// when neither endpoint was merged); <see cref="PtfAggregated"/> is the pair PTF in the aggregated table.
/// </summary>
/// <param name="Source">Source node label in the aggregated table.</param>
/// <param name="Sink">Sink node label in the aggregated table.</param>
/// <param name="Risk">Risk-region expression (resolved separately in both tables).</param>
/// <param name="SourceMembers">Original nodes merged into the source.</param>
/// <param name="SinkMembers">Original nodes merged into the sink.</param>
/// <param name="PtfDisaggregated">PTF from the original table (expected appearances in R), or null when undefined.</param>
/// <param name="PtfAggregated">PTF from the aggregated table, or null when undefined.</param>
/// <param name="RiskNodesDisaggregated">|R| in the original table.</param>
/// <param name="RiskNodesAggregated">|R| in the aggregated table.</param>
public sealed record AggregationBiasRow(
    string Source,
    string Sink,
    string Risk,
    IReadOnlyList<string> SourceMembers,
    IReadOnlyList<string> SinkMembers,
    double? PtfDisaggregated,
    double? PtfAggregated,
    int RiskNodesDisaggregated,
    int RiskNodesAggregated)
{
    /// <summary>Aggregation bias PTF_aggregated − PTF_disaggregated (appearances); null when either is undefined.</summary>
    public double? Bias => PtfAggregated is { } a && PtfDisaggregated is { } d ? a - d : null;

    /// <summary>Bias relative to the disaggregated PTF; null when undefined or the disaggregated PTF is 0.</summary>
    public double? RelativeBias => Bias is { } b && PtfDisaggregated is { } d && d != 0 ? b / d : null;
}

/// <summary>
/// Measures how much aggregating the table moved PTF (methodology §1.11): PTF is additive over pass-through nodes but
/// not invariant to merging nodes, unless the merged nodes have identical input-coefficient columns. Notebooks show
/// these numbers next to results computed on aggregated tables instead of hiding the difference.
/// </summary>
public static class AggregationBias
{
    /// <summary>
    /// Compares PTF before and after aggregation for the given chains. Labels may be given in either table: a label of
    /// the aggregated table stands for all original nodes merged into it; a label of the original table is mapped to
    /// its aggregated node first.
    /// </summary>
    /// <param name="aggregation">Result of <see cref="ConcordanceAggregation.Apply(MrioTable, IEnumerable{Concordance})"/>.</param>
    /// <param name="risk">Risk-region expression, resolved in each table (e.g. <c>CHN</c>).</param>
    /// <param name="pairs">Chains (source, sink).</param>
    /// <param name="options">PTF options (default <see cref="PtfOptions.Default"/>).</param>
    public static IReadOnlyList<AggregationBiasRow> Compare(AggregatedTable aggregation, string risk,
        IEnumerable<(string Source, string Sink)> pairs, PtfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(aggregation);
        options ??= PtfOptions.Default;
        var before = new PassThroughFrequency(LeontiefSolver.Factor(aggregation.Original), NodeSet.Resolve(aggregation.Original, risk), options);
        var after = new PassThroughFrequency(LeontiefSolver.Factor(aggregation.Table), NodeSet.Resolve(aggregation.Table, risk), options);
        var rows = new List<AggregationBiasRow>();
        foreach (var (source, sink) in pairs)
        {
            var s = Aggregated(aggregation, source);
            var t = Aggregated(aggregation, sink);
            var sMembers = aggregation.MembersOf(s);
            var tMembers = aggregation.MembersOf(t);
            double? ptfBefore = sMembers.Count == 1 && tMembers.Count == 1
                ? before.Pair(sMembers[0], tMembers[0]).Ptf
                : before.Aggregate(Set(aggregation.Original, sMembers), Set(aggregation.Original, tMembers), AggregateWeighting.Tiva).Ptf;
            var ptfAfter = after.Pair(s, t).Ptf;
            rows.Add(new AggregationBiasRow(s, t, risk, sMembers, tMembers, ptfBefore, ptfAfter, before.Risk.Count, after.Risk.Count));
        }
        return rows;
    }

    /// <summary>
    /// Compares a set aggregate (methodology §1.5) before and after aggregation: the sets are node-set expressions of the
    /// aggregated table; before, they stand for every original node merged into their nodes.
    /// </summary>
    /// <param name="aggregation">Result of <see cref="ConcordanceAggregation.Apply(MrioTable, IEnumerable{Concordance})"/>.</param>
    /// <param name="risk">Risk-region expression, resolved in each table.</param>
    /// <param name="sources">Source-set expression in the aggregated table (e.g. <c>AUS:S02</c>).</param>
    /// <param name="sinks">Sink-set expression in the aggregated table.</param>
    /// <param name="weighting">Aggregation weights (default TiVA).</param>
    /// <param name="options">PTF options (default <see cref="PtfOptions.Default"/>).</param>
    public static AggregationBiasRow CompareSets(AggregatedTable aggregation, string risk, string sources, string sinks,
        AggregateWeighting weighting = AggregateWeighting.Tiva, PtfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(aggregation);
        options ??= PtfOptions.Default;
        var after = new PassThroughFrequency(LeontiefSolver.Factor(aggregation.Table), NodeSet.Resolve(aggregation.Table, risk), options);
        var before = new PassThroughFrequency(LeontiefSolver.Factor(aggregation.Original), NodeSet.Resolve(aggregation.Original, risk), options);
        var s = NodeSet.Resolve(aggregation.Table, sources);
        var t = NodeSet.Resolve(aggregation.Table, sinks);
        var sMembers = s.Labels.SelectMany(aggregation.MembersOf).ToArray();
        var tMembers = t.Labels.SelectMany(aggregation.MembersOf).ToArray();
        var ptfBefore = before.Aggregate(Set(aggregation.Original, sMembers), Set(aggregation.Original, tMembers), weighting).Ptf;
        var ptfAfter = after.Aggregate(s, t, weighting).Ptf;
        return new AggregationBiasRow(sources, sinks, risk, sMembers, tMembers, ptfBefore, ptfAfter, before.Risk.Count, after.Risk.Count);
    }

    private static string Aggregated(AggregatedTable aggregation, string label)
    {
        if (aggregation.Table.TryIndexOf(label, out var i)) return aggregation.Table.Nodes[i].Label;
        var original = aggregation.Original.Nodes[aggregation.Original.IndexOf(label)].Label; // throws UnknownLabelException with nearby labels
        return aggregation.NodeMap[original];
    }

    private static NodeSet Set(MrioTable table, IReadOnlyList<string> labels) =>
        NodeSet.FromIndices(table, labels.Select(table.IndexOf), string.Join("+", labels));
}
