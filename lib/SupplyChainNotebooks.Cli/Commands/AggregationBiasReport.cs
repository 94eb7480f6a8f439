using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>
/// The <c>--aggregation-bias</c> report of <c>scn ptf --aggregate …</c>: PTF of the set aggregate and of the first
/// pairs on the published table (TiVA-weighted over the nodes that were merged) next to the aggregated-table values.
/// Printed after the main result as '#' lines in table format and on standard error otherwise, so the result columns
/// of the command stay unchanged.
/// </summary>
public static class AggregationBiasReport
{
    /// <summary>Pairs reported individually (the aggregate is always reported).</summary>
    public const int MaxPairs = 20;

    /// <summary>Loads the published table again, aggregates it and writes the comparison.</summary>
    public static void Write(CommandContext context, OutputFormat format, string datasetId, int year, IReadOnlyList<string> concordances,
        string risk, string sources, string sinks, AggregateWeighting weighting, PtfOptions options, IEnumerable<(string Source, string Sink)> pairs)
    {
        var output = format == OutputFormat.Table ? context.Out : context.Error;
        var aggregation = ConcordanceAggregation.Apply(TableLoader.Load(datasetId, year), concordances.Select(c => ConcordanceLibrary.Get(c)));
        var set = AggregationBias.CompareSets(aggregation, risk, sources, sinks, weighting, options);
        var chosen = pairs.Take(MaxPairs).ToArray();
        var rows = AggregationBias.Compare(aggregation, risk, chosen, options);
        output.WriteLine($"# aggregation bias (PTF aggregated table − PTF published table; published value TiVA-weighted over the merged nodes), risk {risk}:");
        output.WriteLine($"#   aggregate {set.Source} → {set.Sink}: published {Show(set.PtfDisaggregated)} ({set.SourceMembers.Count}×{set.SinkMembers.Count} original nodes), aggregated {Show(set.PtfAggregated)}, bias {Show(set.Bias)}{Relative(set)}");
        foreach (var r in rows)
            output.WriteLine($"#   {r.Source} → {r.Sink}: published {Show(r.PtfDisaggregated)} ({r.SourceMembers.Count}×{r.SinkMembers.Count}), aggregated {Show(r.PtfAggregated)}, bias {Show(r.Bias)}{Relative(r)}");
        if (rows.Count == MaxPairs) output.WriteLine($"#   (first {MaxPairs} pairs shown)");
    }

    private static string Show(double? v) => v is { } d ? d.ToString("F6", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    private static string Relative(AggregationBiasRow r) => r.RelativeBias is { } rel ? $" ({rel:+0.0%;-0.0%;0.0%})" : "";
}
