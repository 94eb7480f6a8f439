using System.Globalization;
using SupplyChainNotebooks.Chapters.PtfRisk;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// Compact result tables of chapter 3 (the full records stay available as frames and CSV): rankings with the
/// indicators a reader compares, an unfiltered ranking beside a TiVA-filtered one, verdicts, verdicts by year, the
/// sensitivity table and the comparison with the published 2020 rankings.
/// </summary>
public static class PtfRiskTables
{
    /// <summary>The first <paramref name="top"/> rows of a ranking with PTF, RPTF, θ, κ, φ, VS and the TiVA flow.</summary>
    public static ResultTable Ranking(SinkRanking ranking, int top, IndustryNames names, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var rows = ranking.Top(top);
        return new ResultTable(
            title ?? Inv($"{ranking.Configuration}: top {rows.Count} of {ranking.Ranked.Count()} sinks, R = {ranking.Risk}, S = {ranking.Source}, TiVA filter {ranking.MinTivaMusd:G} M USD ({ranking.Dataset} {ranking.Year})"),
            [
                new TableColumn("rank"), new TableColumn("sink"), new TableColumn("industry"), new TableColumn("KIEP sector"),
                new TableColumn("PTF", "F4"), new TableColumn("RPTF", "F2"), new TableColumn("θ", "F4"), new TableColumn("κ", "F3"),
                new TableColumn("φ", "F4"), new TableColumn("VS", "F4"), new TableColumn("TiVA flow (M USD)", "N1"), new TableColumn("pairs"),
            ],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Rank, r.Sink, names.Short(r.SinkIndustry, 40), r.Sector, r.Ptf, r.Rptf, r.Theta, r.Kappa, r.Phi, r.Vs, r.TivaFlowMusd, r.PairsUsed,
            ]).ToArray());
    }

    /// <summary>
    /// The same configuration ranked without and with the TiVA filter, rank by rank side by side, the study's named
    /// sinks marked (✓) — pair rankings are meaningless without a size filter, this table shows why.
    /// </summary>
    public static ResultTable SideBySide(SinkRanking unfiltered, SinkRanking filtered, IReadOnlyList<SectorRef> named, int top)
    {
        ArgumentNullException.ThrowIfNull(unfiltered);
        ArgumentNullException.ThrowIfNull(filtered);
        var a = unfiltered.Top(top);
        var b = filtered.Top(top);
        string Mark(SinkRankingRow r) => named.Any(n => n.Matches(r)) ? $"{r.Sink} ✓" : r.Sink;
        var rows = Enumerable.Range(0, Math.Max(a.Count, b.Count)).Select(i => (IReadOnlyList<object?>)
        [
            i + 1,
            i < a.Count ? Mark(a[i]) : null, i < a.Count ? a[i].Ptf : null, i < a.Count ? a[i].TivaFlowMusd : null,
            i < b.Count ? Mark(b[i]) : null, i < b.Count ? b[i].Ptf : null, i < b.Count ? b[i].TivaFlowMusd : null,
        ]).ToArray();
        string Filter(SinkRanking r) => r.MinTivaMusd > 0 ? $"TiVA ≥ {r.MinTivaMusd.ToString("G", CultureInfo.InvariantCulture)}" : "no filter";
        var minA = Filter(unfiltered);
        var minB = Filter(filtered);
        return new ResultTable(
            Inv($"{filtered.Configuration} from {filtered.Source}: top {top} with {minA} ({unfiltered.Ranked.Count()} sinks ranked) and with {minB} M USD ({filtered.Ranked.Count()} sinks); ✓ = named by the study"),
            [
                new TableColumn("rank"),
                new TableColumn($"sink, {minA}"), new TableColumn($"PTF, {minA}", "F4"), new TableColumn($"TiVA flow (M USD), {minA}", "#,##0.###"),
                new TableColumn($"sink, {minB}"), new TableColumn($"PTF, {minB}", "F4"), new TableColumn($"TiVA flow (M USD), {minB}", "N1"),
            ],
            rows);
    }

    /// <summary>One row per verdict: finding, outcome, the reason with its numbers, the rule.</summary>
    public static ResultTable Verdicts(IEnumerable<FindingVerdict> verdicts, string title) => new(title,
        [new TableColumn("finding"), new TableColumn("verdict"), new TableColumn("why (computed)"), new TableColumn("rule")],
        verdicts.Select(v => (IReadOnlyList<object?>)[v.Finding, v.OutcomeText, v.Reason, v.Rule]).ToArray());

    /// <summary>The concordance rows used (KIEP sector → the dataset's industries, coverage and note).</summary>
    public static ResultTable SectorChoices(IEnumerable<KiepSectorEntry> entries, string title) => new(title,
        [new TableColumn("KIEP sector"), new TableColumn("name"), new TableColumn("industries"), new TableColumn("coverage"), new TableColumn("note")],
        entries.Select(e => (IReadOnlyList<object?>)[e.Sector, e.SectorName, string.Join("; ", e.Industries), e.Coverage, e.Note]).ToArray());

    /// <summary>One finding under several readings of its rule (e.g. F3 among every foreign sink or within Japan, with or without the filter).</summary>
    public static ResultTable Readings(IEnumerable<(string Reading, FindingVerdict Verdict)> readings, string title) => new(title,
        [new TableColumn("reading"), new TableColumn("verdict"), new TableColumn("why (computed)")],
        readings.Select(r => (IReadOnlyList<object?>)[r.Reading, r.Verdict.OutcomeText, r.Verdict.Reason]).ToArray());

    /// <summary>The numbers each verdict was decided on (finding, what, value, unit).</summary>
    public static ResultTable VerdictNumbers(IEnumerable<FindingVerdict> verdicts, string title) => new(title,
        [new TableColumn("finding"), new TableColumn("number"), new TableColumn("value", "G4"), new TableColumn("unit")],
        verdicts.SelectMany(v => v.Numbers.Select(n => (IReadOnlyList<object?>)[v.Finding, n.Name, n.Value, n.Unit])).ToArray());

    /// <summary>F5: one row per direction of the cross-link with its TiVA-weighted indicators, benchmark and leading third country.</summary>
    public static ResultTable CrossLinks(CrossLinkMatrix matrix, IReadOnlyCollection<string> excludedRegions, string title)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new ResultTable(title,
            [
                new TableColumn("direction"), new TableColumn("PTF of R", "F4"), new TableColumn("θ", "F4"), new TableColumn("φ", "F4"), new TableColumn("VS", "F4"),
                new TableColumn("TiVA flow (M USD)", "N1"), new TableColumn("pairs"), new TableColumn("benchmark PTF", "F4"), new TableColumn("ratio to benchmark", "F3"),
                new TableColumn("most frequent other third country"), new TableColumn("its PTF", "F4"),
            ],
            matrix.Directions.Select(d =>
            {
                var other = d.OtherCountries.FirstOrDefault(c => !c.IsRisk && !excludedRegions.Contains(c.Country, StringComparer.OrdinalIgnoreCase));
                return (IReadOnlyList<object?>)[d.Direction, d.Ptf, d.Theta, d.Phi, d.Vs, d.TivaFlowMusd, d.PairsUsed, d.BenchmarkPtf, d.RatioToBenchmark, other?.Country, other?.Ptf];
            }).ToArray());
    }

    /// <summary>Years as rows, findings as columns, outcomes in the cells (reasons stay in the CSV of the frame).</summary>
    public static ResultTable VerdictsByYear(IEnumerable<YearVerdict> verdicts)
    {
        var list = verdicts.ToArray();
        var findings = list.Select(v => v.Finding).Distinct().Order(StringComparer.Ordinal).ToArray();
        var years = list.Select(v => v.Year).Distinct().Order().ToArray();
        var cells = list.ToDictionary(v => (v.Year, v.Finding), v => v.Outcome);
        return new ResultTable(
            $"Verdicts by year ({(list.Length == 0 ? "no data" : list[0].Dataset)}, {years.Length} years)",
            [new TableColumn("year"), .. findings.Select(f => new TableColumn(f))],
            years.Select(y => (IReadOnlyList<object?>)[y, .. findings.Select(f => cells.TryGetValue((y, f), out var o) ? o : null)]).ToArray());
    }

    /// <summary>The sensitivity table without its bookkeeping columns.</summary>
    public static ResultTable Sensitivity(IEnumerable<SensitivityRow> rows, string title) => new(title,
        [
            new TableColumn("ranking"), new TableColumn("changed"), new TableColumn("variant"), new TableColumn("sinks"),
            new TableColumn("1st"), new TableColumn("2nd"), new TableColumn("3rd"), new TableColumn("ranks of the named sinks"),
            new TableColumn("Spearman ρ vs baseline", "F3"), new TableColumn("top-10 overlap"), new TableColumn("note"),
        ],
        rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Configuration, r.Factor, r.Variant, r.SinksRanked, r.Top1, r.Top2, r.Top3, r.NamedRanks, r.SpearmanWithBaseline, r.TopTenOverlap, r.Note,
        ]).ToArray());

    /// <summary>The published ranks next to the computed ones.</summary>
    public static ResultTable Published(PublishedComparison comparison, string title) => new(title,
        [
            new TableColumn("rank"), new TableColumn("published sink"), new TableColumn("published PTF", "F2"), new TableColumn("published source (uncertain)"), new TableColumn("computed source"),
            new TableColumn("computed sink"), new TableColumn("computed PTF", "F3"), new TableColumn("TiVA flow (M USD)", "N1"),
            new TableColumn("sink agrees"), new TableColumn("PTF agrees"), new TableColumn("published pair found anywhere"),
        ],
        comparison.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank, r.PublishedSink, r.PublishedPtf, r.PublishedSource, r.ComputedSource, r.ComputedSink, r.ComputedPtf, r.ComputedTivaMusd, r.SinkMatches, r.PtfMatches, r.FoundInComputedList,
        ]).ToArray());

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
