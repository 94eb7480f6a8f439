using System.Globalization;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// The prose of chapter 3 written from the computed results (every number and every judgement comes from the records
/// passed in), so that the notebook's text stays true when the data or the parameters change.
/// </summary>
public static class PtfRiskNarrative
{
    /// <summary>What this run uses: the table, R, the source sets, the missing countries and the inexact industry choices.</summary>
    public static Prose Run(PtfRiskStudy study, IReadOnlyList<KiepSectorEntry> sectorsUsed)
    {
        ArgumentNullException.ThrowIfNull(study);
        var table = study.Table;
        var entry = DataCatalog.Default.Datasets.FirstOrDefault(d => string.Equals(d.Id, table.DatasetId, StringComparison.OrdinalIgnoreCase));
        var coarse = sectorsUsed.Where(e => e.Coverage != "exact").ToArray();
        var missing = study.MissingSourceCountries.IsEmpty ? "" : $" — **{string.Join(", ", study.MissingSourceCountries)} are not in this table and are left out**";
        var choices = coarse.Length == 0
            ? $"Every industry choice maps exactly onto {table.DatasetId}'s codes."
            : $"**{coarse.Length} of the {sectorsUsed.Count} industry choices are not exact in {table.DatasetId}:** "
              + string.Join("; ", coarse.Select(e => $"{e.Sector} ({e.SectorName}) → {string.Join("+", e.Industries)}, {e.Coverage}: {e.Note}")) + ".";
        return Prose.Of($"**This run:** {entry?.Name ?? table.DatasetId}, {table.Year} — {table.Countries.Length} economies × {table.Industries.Length} industries ({table.NodeCount} nodes){(entry is null ? "" : ", " + entry.Unit)}; linear algebra {study.Solver.BackendName}. Risk region R = `{study.Risk.Expression}` ({study.Risk.Count} nodes). K-A sources: {study.KaSources.Count} nodes `{study.KaSources.Expression}`{missing}. K-B sources `{study.KbSources.Expression}`, K-C sources `{study.KcSources.Expression}`. {choices} Parameters: {study.Parameters.Describe()}.");
    }

    /// <summary>K-A of one country: the top three, the mean, the named sectors' ranks and the rank correlation of PTF and VS.</summary>
    public static Prose KaRanking(SinkRanking ka, PtfRiskStudy study, F1Rule rule, IndustryNames names, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(ka);
        ArgumentNullException.ThrowIfNull(study);
        var country = ka.Configuration.Split(' ')[^1];
        var ranked = ka.Ranked.ToArray();
        if (ranked.Length == 0)
            return Prose.Of($"**{ka.Configuration}: no sink to rank.** {string.Join(" ", ka.Notes)}. Set `includeSinksInRisk=true` to keep sinks inside R (flagged).");
        var top3 = string.Join("; ", ranked.Take(3).Select(r => Inv($"{names.Label(r.SinkIndustry)} (PTF {r.Ptf:F3}, RPTF {r.Rptf:F2}, VS {r.Vs:F3})")));
        var rho = RankCorrelation.Spearman(ranked.ToDictionary(r => r.Sink, r => r.Ptf!.Value),
            ranked.Where(r => r.Vs is not null).ToDictionary(r => r.Sink, r => r.Vs!.Value));
        var named = rule.Named.Where(n => string.Equals(n.Country, country, StringComparison.OrdinalIgnoreCase))
            .Select(n => (n, row: ka.Ranked.FirstOrDefault(n.Matches)))
            .Select(x => x.row is null ? $"{x.n} is not ranked" : Inv($"the study's {x.n} ({names.Label(x.row.SinkIndustry)}) ranks {x.row.Rank} of {ranked.Length} (RPTF {x.row.Rptf:F2})"))
            .ToArray();
        var notes = ka.Notes.IsEmpty ? "" : " Notes: " + string.Join("; ", ka.Notes) + ".";
        return Prose.Of($"**{country}.** The chains from {sourceName} into {country}'s industries pass through {ka.Risk} most often for {top3}. The mean PTF over the {ranked.Length} sinks is {ka.MeanPtf:F3}{(named.Length == 0 ? "" : "; " + string.Join("; ", named))}. The rank correlation between the frequency and the volume order of the sinks (Spearman's ρ between PTF and VS) is {rho:F2} (1 = the same order).{notes}");
    }

    /// <summary>R's share of the appearances on the decomposed chains and the most frequent other third country.</summary>
    /// <param name="rows">Rows of <see cref="PtfRiskStudy.Appearances"/>.</param>
    /// <param name="endCountries">Source and sink countries (not third countries).</param>
    /// <param name="aggregates">Regions that are not countries (e.g. RoW).</param>
    /// <param name="names">Industry names.</param>
    public static Prose Appearances(IReadOnlyList<CountryAppearanceRow> rows, IReadOnlyCollection<string> endCountries, IReadOnlyCollection<string> aggregates, IndustryNames names)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return Prose.Of($"No ranked sink to decompose.");
        var risk = string.Join("+", rows.Where(r => r.IsRisk).Select(r => r.Country).Distinct());
        var sinks = rows.GroupBy(r => r.Sink).Select(g => (Sink: g.Key, Share: g.Where(r => r.IsRisk).Sum(r => r.Share),
            Third: g.Where(r => !r.IsRisk && !endCountries.Contains(r.Country, StringComparer.OrdinalIgnoreCase) && !aggregates.Contains(r.Country, StringComparer.OrdinalIgnoreCase))
                .OrderByDescending(r => r.Appearances).FirstOrDefault())).ToArray();
        var lo = sinks.MinBy(s => s.Share);
        var hi = sinks.MaxBy(s => s.Share);
        var third = sinks.Where(s => s.Third is not null).GroupBy(s => s.Third!.Country).OrderByDescending(g => g.Count()).FirstOrDefault();
        var thirdText = third is null ? "" : $" Apart from R, the source and sink countries and the aggregate regions, the country appearing most often is {third.Key} (the largest such country for {third.Count()} of the {sinks.Length} sinks).";
        return Prose.Of($"On these {sinks.Length} sinks, {(risk.Length == 0 ? "R" : risk)} accounts for between {lo.Share:P1} ({names.NodeLabel(lo.Sink, 60)}) and {hi.Share:P1} ({names.NodeLabel(hi.Sink, 60)}) of all appearances.{thirdText}");
    }

    /// <summary>
    /// K-B/K-C: what the TiVA filter does — the flows of the unfiltered top, the filtered top, and where the study's named
    /// sinks rank with and without it (or why they are not ranked).
    /// </summary>
    public static Prose FilterEffect(SinkRanking unfiltered, SinkRanking filtered, IReadOnlyList<SectorRef> named, PtfRiskStudy study, IndustryNames names)
    {
        ArgumentNullException.ThrowIfNull(unfiltered);
        ArgumentNullException.ThrowIfNull(filtered);
        ArgumentNullException.ThrowIfNull(study);
        var table = study.Table;
        string Unranked(SectorRef n) => study.Sectors.IndustriesIn(table, n.Sector).Any(i => unfiltered.ExcludedSinks.Contains($"{n.Country}_{i}", StringComparer.OrdinalIgnoreCase))
            ? $"{n} lies inside R = {unfiltered.Risk} and is left out"
            : $"{n} has no route from {unfiltered.Source}";
        var namedText = named.Select(n =>
        {
            var all = unfiltered.Ranked.FirstOrDefault(n.Matches);
            if (all is null) return Unranked(n);
            var kept = filtered.Ranked.FirstOrDefault(n.Matches);
            var with = kept is null ? Inv($"drops out with it ({all.TivaFlowMusd:N1} < {filtered.MinTivaMusd:G} M USD)") : Inv($"ranks {kept.Rank} of {filtered.Ranked.Count()} with it");
            return Inv($"{names.NodeLabel(all.Sink, 60)} ranks {all.Rank} of {unfiltered.Ranked.Count()} without the filter (PTF {all.Ptf:F3}, TiVA flow {all.TivaFlowMusd:N1} M USD) and {with}");
        });
        var top0 = unfiltered.Top(3);
        var top = filtered.Top(3);
        return Prose.Of($"Without a filter the {filtered.Configuration} top 3 ({string.Join(", ", top0.Select(r => names.NodeLabel(r.Sink, 60)))}) carry {string.Join(", ", top0.Select(r => Inv($"{r.TivaFlowMusd:0.###}")))} M USD of value added from {filtered.Source}. With TiVA ≥ {filtered.MinTivaMusd:G} M USD, {filtered.Ranked.Count()} of {unfiltered.Ranked.Count()} sinks remain; the top 3 are {(top.Count == 0 ? "none" : string.Join(", ", top.Select(r => Inv($"{names.NodeLabel(r.Sink, 60)} (PTF {r.Ptf:F3}, {r.TivaFlowMusd:N0} M USD)"))))}. The sinks the study names: {string.Join("; ", namedText)}.");
    }

    /// <summary>K-D: the pooled fit, the sinks farthest above and below the line, and the like-for-like share φ &gt; VS.</summary>
    public static Prose FrequencyVolume(FrequencyVolumeAnalysis kd, IndustryNames names)
    {
        ArgumentNullException.ThrowIfNull(kd);
        if (kd.Points.IsEmpty || kd.Fit is not { } fit) return Prose.Of($"Too few sinks with both a PTF and a VS for a regression ({kd.Points.Length}).");
        string List(IEnumerable<FrequencyVolumePoint> points) => string.Join(", ", points.Select(p => Inv($"{names.NodeLabel(p.Sink, 60)} ({p.Residual:+0.000;-0.000})")));
        var above = kd.Points.Where(p => p.Residual is > 0).OrderByDescending(p => p.Residual).Take(3);
        var below = kd.Points.Where(p => p.Residual is < 0).OrderBy(p => p.Residual).Take(3);
        var measure = kd.Measure switch { FrequencyMeasure.Rptf => "RPTF", FrequencyMeasure.Phi => "φ", _ => "PTF" };
        return Prose.Of($"Pooled over {kd.Points.Length} sinks, {measure} = {fit.Intercept:F3} + {fit.Slope:F2} × VS with R² = {fit.RSquared:F2}: volume explains {fit.RSquared:P0} of the variation in frequency. Farthest above the line: {List(above)}; farthest below: {List(below)}. Like for like, φ exceeds VS for {kd.ShareFrequencyAboveVolume:P0} of the sinks.");
    }

    /// <summary>F5: per direction, how often the chains pass R, the leading other third country and the ratio to the benchmark.</summary>
    public static Prose CrossLinks(CrossLinkMatrix links, IReadOnlyCollection<string> aggregates)
    {
        ArgumentNullException.ThrowIfNull(links);
        return Prose.Of($"{string.Join(" ", links.Directions.Select(d =>
        {
            var other = d.OtherCountries.FirstOrDefault(c => !c.IsRisk && !aggregates.Contains(c.Country, StringComparer.OrdinalIgnoreCase));
            return Inv($"**{d.Direction}:** the chains pass {links.Risk} {d.Ptf:F3} times on average and {ChartTheme.Number(d.Theta, "P1")} of their value added touches it; the most frequent other third country is {other?.Country ?? "none"} ({ChartTheme.Number(other?.Ptf, "F3")}); against the benchmark of the same sources into every foreign sink ({d.BenchmarkPtf:F3}) the ratio is {ChartTheme.Number(d.RatioToBenchmark, "F2")}.");
        }))}");
    }

    /// <summary>
    /// Caveats before the verdicts: a risk region other than China (the rules then test the study's statements with R in
    /// its place), and named sinks of F2/F3 that are one industry in a coarser table. Null when there is none.
    /// </summary>
    public static Prose? VerdictCaveats(PtfRiskStudy study, FindingRules rules)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(rules);
        var notes = new List<string>();
        var risk = study.Risk.Expression;
        if (!string.Equals(risk, "CHN", StringComparison.OrdinalIgnoreCase))
            notes.Add($"**Note:** the study's findings are about China; with R = {risk} the rules below test the same statements with {risk} in place of China, which is an extension, not the study's claim.");
        var merged = new[] { ("F2", rules.F2.Named), ("F3", rules.F3.Named) }
            .SelectMany(f => f.Item2.GroupBy(n => n.Country + ":" + string.Join("+", study.Sectors.IndustriesIn(study.Table, n.Sector))).Where(g => g.Count() > 1)
                .Select(g => $"{f.Item1} names {string.Join(" and ", g)}, which are the same industry {g.Key} in {study.Table.DatasetId}"))
            .ToArray();
        if (merged.Length > 0) notes.Add($"**Coarser sectors:** {string.Join("; ", merged)} — that industry is counted once for each name.");
        return notes.Count == 0 ? null : Prose.Of($"{string.Join("  \n", notes)}");
    }

    /// <summary>One finding: the study's claim, the computed outcome with its reason, and the rule.</summary>
    public static Prose Verdict(FindingVerdict v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return Prose.Of($"**{v.Finding} — the study:** {v.Claim}  \n**Computed on {v.Dataset} {v.Year}: {v.OutcomeText}.** {v.Reason}.  \n*Rule:* {v.Rule}");
    }

    /// <summary>How the headline chains moved from the first to the last year of a series.</summary>
    public static Prose SeriesChange(HeadlineSeries series, string risk)
    {
        ArgumentNullException.ThrowIfNull(series);
        var change = series.Values.GroupBy(v => v.Chain)
            .Select(g => (Chain: g.Key, First: g.MinBy(v => v.Year)!, Last: g.MaxBy(v => v.Year)!))
            .Where(c => c.First.Ptf is not null && c.Last.Ptf is not null && c.First.Year < c.Last.Year).ToArray();
        if (change.Length == 0) return Prose.Of($"Fewer than two years with values: no change to report.");
        var rose = change.Count(c => c.Last.Ptf > c.First.Ptf);
        var most = change.MaxBy(c => c.Last.Ptf!.Value - c.First.Ptf!.Value);
        var least = change.MinBy(c => c.Last.Ptf!.Value - c.First.Ptf!.Value);
        return Prose.Of($"From {change.Min(c => c.First.Year)} to {change.Max(c => c.Last.Year)} the PTF of {risk} rose on {rose} of the {change.Length} headline chains; the largest change is on {most.Chain} ({most.First.Ptf:F3} → {most.Last.Ptf:F3}), the smallest on {least.Chain} ({least.First.Ptf:F3} → {least.Last.Ptf:F3}).");
    }

    /// <summary>Per modelling choice, the variant that moves a headline ranking most (lowest Spearman ρ with the baseline).</summary>
    public static Prose Sensitivity(IReadOnlyList<SensitivityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var varied = rows.Where(r => !r.IsBaseline && r.SpearmanWithBaseline is not null).ToArray();
        if (varied.Length == 0) return Prose.Of($"No variant could be compared with the baseline.");
        var byFactor = varied.GroupBy(r => r.Factor).Select(g => g.MinBy(r => r.SpearmanWithBaseline)!).ToArray();
        var conventions = varied.Where(r => r.Factor == "convention").ToArray();
        var same = conventions.Length > 0 && conventions.All(r => r.SpearmanWithBaseline > 1 - 1e-9)
            ? " The endpoint conventions rank every sink the same (ρ = 1); they can differ only when a source or a sink lies in R (methodology §1.4)."
            : "";
        return Prose.Of($"Lowest agreement with the baseline per choice: {string.Join("; ", byFactor.Select(w => Inv($"{w.Factor} — {w.Configuration} with {w.Variant} (ρ = {w.SpearmanWithBaseline:F2}, {w.TopTenOverlap} of the top 10 shared)")))}.{same}");
    }

    /// <summary>Why the published rankings could not be recomputed and how to get the table; null when every table is present.</summary>
    public static Prose? PublishedUnavailable(IReadOnlyList<PublishedReproduction> reproductions)
    {
        ArgumentNullException.ThrowIfNull(reproductions);
        var missing = reproductions.Where(r => !r.Available).ToArray();
        if (missing.Length == 0) return null;
        var m = missing[0];
        return Prose.Of($"**Not computed: {m.Dataset} {m.Year} is not in the data folders**, so the published rankings (risk {string.Join(" and ", missing.Select(r => r.Risk))}) cannot be recomputed here. {m.Message}  \n**To add it:** `./scn data fetch {m.Dataset} --years {m.Year}`, or put the OECD file in one of the data folders above (`./scn data info {m.Dataset}` lists the expected file names), then rerun this notebook — or run `./scn ptf top --risk JPN --year {m.Year} --dataset {m.Dataset}` from the command line.");
    }

    /// <summary>Agreement of one reproduction run with the published figure.</summary>
    public static Prose Published(PublishedReproduction reproduction, ReproductionRun run)
    {
        ArgumentNullException.ThrowIfNull(reproduction);
        ArgumentNullException.ThrowIfNull(run);
        var c = run.Comparison;
        return Prose.Of($"**Risk {reproduction.Risk}, {run.Convention.ToText()} convention:** the sink agrees at {c.SinkMatches} of {c.Rows.Length} ranks, the PTF (±{c.Tolerance}) at {c.PtfMatches}; {c.FoundInComputedList} published (sink, PTF) entries appear somewhere in the computed list. {string.Join(" ", c.RecipeNotes.Select(n => n + "."))} *{c.Caveat}*");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
