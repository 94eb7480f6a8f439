using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// F5: the supply chains connecting two countries' manufacturing industries (KOR↔JPN by default), as a matrix of
/// PTF(R) per (source industry, sink industry) for both directions (heat map), with a TiVA-weighted summary per
/// direction, a benchmark and the country decomposition of appearances.
/// </summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Risk">Risk region expression.</param>
/// <param name="Convention">Endpoint convention.</param>
/// <param name="MinTivaMusd">TiVA filter on the pairs (M USD).</param>
/// <param name="Cells">Every pair of both directions (source-major).</param>
/// <param name="Directions">The two direction summaries.</param>
public sealed record CrossLinkMatrix(
    string Dataset,
    int? Year,
    string Risk,
    EndpointConvention Convention,
    double MinTivaMusd,
    ImmutableArray<CrossLinkCell> Cells,
    ImmutableArray<CrossLinkDirection> Directions)
{
    /// <summary>The cells as a Deedle frame.</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Cells);

    /// <summary>The direction summaries as a Deedle frame (without the country lists).</summary>
    public Frame<int, string> DirectionsToFrame() => Frame.FromRecords(Directions.Select(d => new
    {
        d.Direction, d.Sources, d.Sinks, d.Ptf, d.Theta, d.Phi, d.Vs, d.TivaFlowMusd, d.PairsUsed, d.BenchmarkPtf, d.RatioToBenchmark, d.RiskPtf,
    }));

    /// <summary>Cells of one direction as a dense matrix [source industry][sink industry] of PTF (null = undefined).</summary>
    public (ImmutableArray<string> SourceIndustries, ImmutableArray<string> SinkIndustries, double?[][] Ptf) Matrix(string direction)
    {
        var cells = Cells.Where(c => c.Direction == direction).ToArray();
        var rows = cells.Select(c => c.SourceIndustry).Distinct().ToImmutableArray();
        var cols = cells.Select(c => c.SinkIndustry).Distinct().ToImmutableArray();
        var m = rows.Select(_ => new double?[cols.Length]).ToArray();
        foreach (var c in cells) m[rows.IndexOf(c.SourceIndustry)][cols.IndexOf(c.SinkIndustry)] = c.Ptf;
        return (rows, cols, m);
    }

    /// <summary>
    /// Computes the matrix between the <paramref name="industries"/> of <paramref name="countryA"/> and
    /// <paramref name="countryB"/> in both directions.
    /// </summary>
    /// <param name="engine">PTF engine (its convention and TiVA filter apply).</param>
    /// <param name="countryA">First country (e.g. KOR).</param>
    /// <param name="countryB">Second country (e.g. JPN).</param>
    /// <param name="industries">Industry codes (e.g. manufacturing c3–c16 of the dataset).</param>
    public static CrossLinkMatrix Compute(PassThroughFrequency engine, string countryA, string countryB, IReadOnlyList<string> industries)
    {
        var table = engine.Table;
        var e = engine.With(engine.Options with { ExcludeSinksInRisk = false, ExcludeSinkCountry = false });
        var cells = new List<CrossLinkCell>();
        var directions = new List<CrossLinkDirection>();
        foreach (var (from, to) in new[] { (countryA, countryB), (countryB, countryA) })
        {
            var label = $"{from}→{to}";
            var industryList = string.Join(",", industries);
            var s = NodeSet.Resolve(table, $"{from}:{industryList}");
            var t = NodeSet.Resolve(table, $"{to}:{industryList}");
            foreach (var p in e.Pairs(s, t))
            {
                var (si, ti) = (table.Nodes[table.IndexOf(p.Source)], table.Nodes[table.IndexOf(p.Sink)]);
                cells.Add(new CrossLinkCell(table.DatasetId, table.Year, engine.Risk.Expression, label, p.Source, p.Sink, si.Industry, ti.Industry,
                    p.Ptf, p.Theta, p.Phi, p.Vs, p.TivaFlowMusd));
            }
            var agg = e.Aggregate(s, t, AggregateWeighting.Tiva);
            var benchmarkSinks = NodeSet.FromIndices(table,
                Enumerable.Range(0, table.NodeCount).Where(j => !engine.Risk.Contains(j)
                    && !string.Equals(table.Nodes[j].Country, from, StringComparison.OrdinalIgnoreCase)),
                $"every node outside {from} and R");
            var bench = e.Aggregate(s, benchmarkSinks, AggregateWeighting.Tiva);
            var decomposition = e.Decompose(s, t, AggregateWeighting.Tiva);
            var riskCountries = new HashSet<string>(engine.Risk.Countries, StringComparer.OrdinalIgnoreCase);
            var riskPtf = engine.Risk.Indices.Sum(k => decomposition.ByNode[table.Nodes[k].Label]);
            var others = decomposition.ByCountry
                .Where(kv => !string.Equals(kv.Key, from, StringComparison.OrdinalIgnoreCase) && !string.Equals(kv.Key, to, StringComparison.OrdinalIgnoreCase))
                .Select(kv => new CountryPtf(kv.Key, kv.Value, riskCountries.Contains(kv.Key)))
                .OrderByDescending(c => c.Ptf).ThenBy(c => c.Country, StringComparer.Ordinal).ToImmutableArray();
            directions.Add(new CrossLinkDirection(label, from, to, s.Expression, t.Expression, agg.Ptf, agg.Theta, agg.Phi, agg.Vs,
                agg.TivaFlowMusd, agg.PairsUsed, bench.Ptf, agg.Ptf is { } a && bench.Ptf is { } b && b > 0 ? a / b : null, riskPtf, others));
        }
        return new CrossLinkMatrix(table.DatasetId, table.Year, engine.Risk.Expression, engine.Options.Convention,
            engine.Options.MinTivaFlowMusd, [.. cells], [.. directions]);
    }
}
