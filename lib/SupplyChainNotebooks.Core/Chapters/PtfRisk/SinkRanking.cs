using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// Sinks ranked by the source-set aggregate PTF_{S→j}(R) (configurations K-A…K-C of methodology §1.9), with RPTF
/// relative to the mean over the ranked sinks. Sinks inside R are left out by default and listed in
/// <see cref="ExcludedSinks"/>; when kept they are flagged <see cref="SinkRankingRow.SinkInRisk"/>.
/// </summary>
/// <param name="Configuration">Configuration id.</param>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Risk">Risk region expression.</param>
/// <param name="Source">Source-set expression.</param>
/// <param name="SinkSet">Sink-set description.</param>
/// <param name="Weighting">Aggregation weights over the sources.</param>
/// <param name="Convention">Endpoint convention.</param>
/// <param name="MinTivaMusd">TiVA filter on the pairs (M USD; 0 = none).</param>
/// <param name="Rows">Rows in rank order (undefined PTF last).</param>
/// <param name="ExcludedSinks">Sinks of the requested set left out because they are nodes of R (or, with the
/// engine's exclude-sink-country option, located in a risk country).</param>
/// <param name="Notes">Caveats computed for this ranking (missing countries, sources inside R, coarse sectors…).</param>
public sealed record SinkRanking(
    string Configuration,
    string Dataset,
    int? Year,
    string Risk,
    string Source,
    string SinkSet,
    AggregateWeighting Weighting,
    EndpointConvention Convention,
    double MinTivaMusd,
    ImmutableArray<SinkRankingRow> Rows,
    ImmutableArray<string> ExcludedSinks,
    ImmutableArray<string> Notes)
{
    /// <summary>Rows with a rank (defined PTF), in rank order.</summary>
    public IEnumerable<SinkRankingRow> Ranked => Rows.Where(r => r.Rank is not null);

    /// <summary>Mean PTF over the ranked sinks (the RPTF denominator), or null when none is ranked.</summary>
    public double? MeanPtf => Ranked.Any() ? Ranked.Average(r => r.Ptf!.Value) : null;

    /// <summary>The row of a sink label, or null.</summary>
    public SinkRankingRow? Row(string sink) => Rows.FirstOrDefault(r => string.Equals(r.Sink, sink, StringComparison.OrdinalIgnoreCase));

    /// <summary>The best-ranked row among <paramref name="sinks"/> (e.g. the nodes of one KIEP sector), or null when none is ranked.</summary>
    public SinkRankingRow? Best(IEnumerable<string> sinks)
    {
        var set = new HashSet<string>(sinks, StringComparer.OrdinalIgnoreCase);
        return Ranked.FirstOrDefault(r => set.Contains(r.Sink));
    }

    /// <summary>The first <paramref name="count"/> ranked rows.</summary>
    public IReadOnlyList<SinkRankingRow> Top(int count) => Ranked.Take(count).ToArray();

    /// <summary>The rows as a Deedle frame (one row per sink, columns = record fields; null = missing).</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Rows);

    /// <summary>
    /// Orders rows by PTF (descending, ties by sink label), assigns ranks 1…n to defined values and RPTF = PTF / mean PTF
    /// over the ranked rows. Rank and RPTF of the input rows are ignored.
    /// </summary>
    public static ImmutableArray<SinkRankingRow> RankRows(IEnumerable<SinkRankingRow> rows)
    {
        var all = rows.ToArray();
        var defined = all.Where(r => r.Ptf is { } p && double.IsFinite(p))
            .OrderByDescending(r => r.Ptf!.Value).ThenBy(r => r.Sink, StringComparer.Ordinal).ToArray();
        var mean = defined.Length > 0 ? defined.Average(r => r.Ptf!.Value) : 0;
        var ranked = defined.Select((r, i) => r with { Rank = i + 1, Rptf = mean > 0 ? r.Ptf / mean : null });
        var undefined = all.Where(r => r.Ptf is not { } p || !double.IsFinite(p))
            .OrderBy(r => r.Sink, StringComparer.Ordinal).Select(r => r with { Rank = null, Rptf = null, Ptf = null });
        return [.. ranked, .. undefined];
    }

    /// <summary>
    /// Computes the ranking: one aggregate per sink j of <paramref name="sinks"/> over the sources S
    /// (<see cref="PassThroughFrequency.PerSink"/>), with the engine's convention and TiVA filter.
    /// </summary>
    /// <param name="engine">PTF engine for the table and R (its own sink filters should be off; this method handles sinks in R).</param>
    /// <param name="sources">S.</param>
    /// <param name="sinks">T (sinks in R are dropped unless <paramref name="includeSinksInRisk"/>).</param>
    /// <param name="configuration">Label of the configuration (e.g. <c>K-A KOR</c>).</param>
    /// <param name="weighting">Aggregation weights.</param>
    /// <param name="includeSinksInRisk">Keep sinks that are nodes of R (flagged).</param>
    /// <param name="sectors">Concordance used to label sink industries with KIEP sectors (optional).</param>
    /// <param name="sinkSetDescription">Text for <see cref="SinkSet"/> (default the expression of <paramref name="sinks"/>).</param>
    /// <param name="notes">Extra notes to carry (e.g. countries missing from the table).</param>
    public static SinkRanking Compute(PassThroughFrequency engine, NodeSet sources, NodeSet sinks, string configuration,
        AggregateWeighting weighting = AggregateWeighting.Tiva, bool includeSinksInRisk = false, KiepSectorConcordance? sectors = null,
        string? sinkSetDescription = null, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var table = engine.Table;
        var risk = engine.Risk;
        var riskCountries = new HashSet<string>(risk.Countries, StringComparer.OrdinalIgnoreCase);
        bool Excluded(int j) => risk.Contains(j) ? !includeSinksInRisk
            : engine.Options.ExcludeSinkCountry && riskCountries.Contains(table.Nodes[j].Country);
        var excluded = sinks.Indices.Where(Excluded).ToArray();
        var kept = NodeSet.FromIndices(table, sinks.Indices.Where(j => !Excluded(j)), sinks.Expression);
        // This method decides which sinks are compared; the engine must not drop any of them again.
        var sinkFilters = engine.Options.ExcludeSinksInRisk || engine.Options.ExcludeSinkCountry;
        var e = sinkFilters ? engine.With(engine.Options with { ExcludeSinksInRisk = false, ExcludeSinkCountry = false }) : engine;
        var noteList = new List<string>(notes ?? []);
        if (sources.Indices.Any(risk.Contains))
            noteList.Add($"{sources.Indices.Count(risk.Contains)} source node(s) lie inside R = {risk.Expression}; under the {engine.Options.Convention.ToText()} convention they count their own appearances");
        var inRisk = sinks.Indices.Count(risk.Contains);
        if (inRisk > 0)
            noteList.Add(includeSinksInRisk
                ? $"{inRisk} sink(s) inside R kept and flagged: their inclusive PTF counts the sink itself (≥ b_jj ≥ 1)"
                : $"{inRisk} sink(s) inside R = {risk.Expression} left out (their inclusive PTF would count the sink itself, ≥ b_jj ≥ 1)");
        var byCountry = excluded.Count(j => !risk.Contains(j));
        if (byCountry > 0)
            noteList.Add($"{byCountry} further sink(s) in the risk countries left out (exclude-sink-country)");
        var aggregates = (kept.Count == 0 ? [] : e.PerSink(sources, kept, weighting))
            .ToDictionary(a => a.Sink, StringComparer.OrdinalIgnoreCase);
        var covered = sectors is not null && sectors.Covers(table);
        var rows = kept.Indices.Select(j =>
        {
            var node = table.Nodes[j];
            var a = aggregates[node.Label];
            var sectorKeys = covered ? sectors!.SectorsOf(table, node.Industry) : [];
            return new SinkRankingRow(table.DatasetId, table.Year, configuration, risk.Expression, sources.Expression, node.Label,
                node.Country, node.Industry, sectorKeys.Count == 0 ? null : string.Join(";", sectorKeys), null, a.Ptf, null,
                a.Theta, a.Kappa, a.Phi, a.Apl, a.Vs, a.TivaFlowMusd, a.PairsUsed, risk.Contains(j));
        });
        return new SinkRanking(configuration, table.DatasetId, table.Year, risk.Expression, sources.Expression,
            sinkSetDescription ?? sinks.Expression, weighting, engine.Options.Convention, engine.Options.MinTivaFlowMusd,
            RankRows(rows), excluded.Select(j => table.Nodes[j].Label).ToImmutableArray(), [.. noteList]);
    }
}
