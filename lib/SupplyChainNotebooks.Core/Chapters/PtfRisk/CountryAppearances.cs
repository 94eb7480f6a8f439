using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// Country decomposition of appearances for stacked bars (<see cref="PassThroughFrequency.DecomposePerSink"/>): for each
/// sink, how many times each country's industries appear on the routes from the sources, weighted as the ranking.
/// </summary>
public static class CountryAppearances
{
    /// <summary>One row per (sink, country) with non-zero appearances, sinks in the order given.</summary>
    /// <param name="engine">PTF engine (its TiVA filter applies).</param>
    /// <param name="sources">S.</param>
    /// <param name="sinks">Sink labels to decompose (e.g. the top rows of a ranking).</param>
    /// <param name="configuration">Configuration id for the rows.</param>
    /// <param name="weighting">Weights over the sources.</param>
    public static ImmutableArray<CountryAppearanceRow> Compute(PassThroughFrequency engine, NodeSet sources, IEnumerable<string> sinks,
        string configuration, AggregateWeighting weighting = AggregateWeighting.Tiva)
    {
        var table = engine.Table;
        var sinkSet = NodeSet.FromIndices(table, sinks.Select(table.IndexOf));
        var riskCountries = new HashSet<string>(engine.Risk.Countries, StringComparer.OrdinalIgnoreCase);
        var e = engine.With(engine.Options with { ExcludeSinksInRisk = false, ExcludeSinkCountry = false });
        var result = new List<CountryAppearanceRow>();
        foreach (var d in e.DecomposePerSink(sources, sinkSet, weighting))
        {
            if (!d.HasRoute) continue;
            var total = d.Total;
            foreach (var country in table.Countries)
            {
                var value = d.ByCountry[country];
                if (value == 0) continue;
                result.Add(new CountryAppearanceRow(table.DatasetId, table.Year, configuration, sources.Expression, d.Sink, country,
                    value, total > 0 ? value / total : 0, riskCountries.Contains(country)));
            }
        }
        return [.. result];
    }

    /// <summary>
    /// Keeps the <paramref name="keep"/> countries with the most appearances over all sinks (plus every risk country) and
    /// merges the rest into one <c>other</c> row per sink — the series of a readable stacked bar chart.
    /// </summary>
    public static ImmutableArray<CountryAppearanceRow> TopCountries(IReadOnlyList<CountryAppearanceRow> rows, int keep)
    {
        var kept = new HashSet<string>(rows.GroupBy(r => r.Country, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(r => r.Appearances)).Take(keep).Select(g => g.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var r in rows.Where(r => r.IsRisk)) kept.Add(r.Country);
        var result = new List<CountryAppearanceRow>();
        foreach (var sink in rows.GroupBy(r => r.Sink, StringComparer.OrdinalIgnoreCase))
        {
            result.AddRange(sink.Where(r => kept.Contains(r.Country)));
            var rest = sink.Where(r => !kept.Contains(r.Country)).ToArray();
            if (rest.Length > 0)
            {
                var first = rest[0];
                result.Add(first with { Country = "other", Appearances = rest.Sum(r => r.Appearances), Share = rest.Sum(r => r.Share), IsRisk = false });
            }
        }
        return [.. result];
    }

    /// <summary>The rows as a Deedle frame.</summary>
    public static Frame<int, string> ToFrame(IEnumerable<CountryAppearanceRow> rows) => Frame.FromRecords(rows);
}
