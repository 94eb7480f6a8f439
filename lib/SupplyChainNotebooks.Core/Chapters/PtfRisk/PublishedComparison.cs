using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Analysis;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// Agreement of a computed full-pair ranking with the published 2020 ranking for the same risk country (methodology
/// §3.2), rank by rank, with the recipe differences and the extraction caveat.
/// </summary>
/// <param name="Risk">Risk country.</param>
/// <param name="Rows">One row per published rank.</param>
/// <param name="SinkMatches">Ranks whose sink agrees.</param>
/// <param name="PtfMatches">Ranks whose PTF agrees within <paramref name="Tolerance"/>.</param>
/// <param name="FoundInComputedList">Published (sink, PTF) entries found anywhere in the computed list.</param>
/// <param name="Tolerance">PTF tolerance (published values have two decimals: 0.005).</param>
/// <param name="RecipeNotes">Where the computation differs from the published recipe (dataset, year, sink scope, filter, convention).</param>
/// <param name="Caveat">What is certain in the published table.</param>
public sealed record PublishedComparison(
    string Risk,
    ImmutableArray<PublishedComparisonRow> Rows,
    int SinkMatches,
    int PtfMatches,
    int FoundInComputedList,
    double Tolerance,
    ImmutableArray<string> RecipeNotes,
    string Caveat)
{
    /// <summary>The rows as a frame.</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Rows);

    /// <summary>
    /// Compares; null when nothing was published for this risk region (only JPN and CHN were).
    /// </summary>
    /// <param name="result">The computed ranking (at least as long as the published one for a full comparison).</param>
    /// <param name="published">Published entries (default <see cref="PublishedPtfRanking.For"/> of the result's risk).</param>
    /// <param name="tolerance">PTF tolerance (default 0.005, half a unit of the last published digit).</param>
    public static PublishedComparison? Compare(FullPairResult result, IReadOnlyList<PublishedPtfEntry>? published = null, double tolerance = 0.005)
    {
        published ??= PublishedPtfRanking.For(result.Risk);
        if (published.Count == 0) return null;
        bool Same(string computed, PublishedPtfEntry e) =>
            string.Equals(computed, e.SinkIcio2023, StringComparison.OrdinalIgnoreCase) || string.Equals(computed, e.SinkPrinted, StringComparison.OrdinalIgnoreCase);
        var rows = published.Select(e =>
        {
            var c = e.Rank <= result.Pairs.Length ? result.Pairs[e.Rank - 1] : null;
            var found = result.Pairs.Any(p => Same(p.Sink, e) && Math.Abs(p.Ptf - e.PtfIndex) <= tolerance);
            return new PublishedComparisonRow(e.Rank, e.SinkIcio2023, e.PtfIndex, e.SourceIcio2023, c?.Source, c?.Sink, c?.Ptf, c?.TivaFlowMusd,
                c is not null && Same(c.Sink, e), c is not null && Math.Abs(c.Ptf - e.PtfIndex) <= tolerance, found);
        }).ToImmutableArray();

        var notes = new List<string>();
        if (!result.Dataset.StartsWith("icio2023", StringComparison.OrdinalIgnoreCase))
            notes.Add($"dataset {result.Dataset}: the published table used OECD ICIO 2020 (most likely the 2023 release)");
        if (result.Year != 2020) notes.Add($"year {result.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}: the published table is for 2020");
        var wantExclude = string.Equals(published[0].Risk, "JPN", StringComparison.OrdinalIgnoreCase);
        if (result.Options.ExcludeSinkCountry != wantExclude)
            notes.Add(wantExclude ? "the Japan table lists no Japanese sink: rerun with sinks outside the risk countries"
                : "the China table includes Chinese sinks: rerun with sinks anywhere (--sinks anywhere)");
        if (Math.Abs(result.Options.MinTivaFlowMusd - 300) > 1e-9)
            notes.Add($"TiVA filter {result.Options.MinTivaFlowMusd:G} M USD: the published pairs all carry 301–855 M USD, i.e. a filter of about 300 M USD (inferred)");
        if (result.Pairs.Length < published.Count) notes.Add($"only {result.Pairs.Length} pairs computed for {published.Count} published ranks");
        if (!wantExclude)
            notes.Add($"convention {result.Options.Convention.ToText()}: for Chinese sinks the conventions differ (inclusive = interior + 1); compare all three");
        return new PublishedComparison(published[0].Risk, rows, rows.Count(r => r.SinkMatches), rows.Count(r => r.PtfMatches),
            rows.Count(r => r.FoundInComputedList), tolerance, [.. notes], PublishedPtfRanking.Caveat);
    }
}
