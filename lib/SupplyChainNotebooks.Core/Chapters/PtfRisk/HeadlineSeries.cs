using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Deedle;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// The chapter's headline chains over the years (e.g. WIOD 1995–2011): per year the study is run (K-A…K-D, F5) and the
/// named chains and the verdicts are recorded. The next year's table is read while the current one is computed.
/// </summary>
/// <param name="Values">One row per (year, chain).</param>
/// <param name="Rankings">The K-A rankings of every year (rows of all sink countries; for year sliders of the bar charts).</param>
/// <param name="Verdicts">One row per (year, finding).</param>
/// <param name="SecondsPerYear">Wall time per year (load overlapped with the previous year's computation).</param>
public sealed record HeadlineSeries(
    ImmutableArray<HeadlineValue> Values,
    ImmutableArray<SinkRankingRow> Rankings,
    ImmutableArray<YearVerdict> Verdicts,
    ImmutableDictionary<int, double> SecondsPerYear)
{
    /// <summary>The values as a frame.</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Values);

    /// <summary>The K-A rankings of every year as a frame.</summary>
    public Frame<int, string> RankingsToFrame() => Frame.FromRecords(Rankings);

    /// <summary>The verdicts by year as a frame.</summary>
    public Frame<int, string> VerdictsToFrame() => Frame.FromRecords(Verdicts);

    /// <summary>Runs the study for each year of a catalog dataset.</summary>
    /// <param name="datasetId">Dataset id.</param>
    /// <param name="years">Years (ascending order is kept).</param>
    /// <param name="parameters">Chapter parameters.</param>
    /// <param name="rules">Verdict rules (their named sectors define the headline chains).</param>
    /// <param name="progress">Receives one line per year (e.g. for stderr).</param>
    /// <param name="folders">Data folders.</param>
    public static HeadlineSeries Compute(string datasetId, IEnumerable<int> years, PtfRiskParameters? parameters = null, FindingRules? rules = null,
        IProgress<string>? progress = null, DataFolder? folders = null) =>
        Compute(years, y => TableLoader.Load(datasetId, y, folders), parameters, rules, progress);

    /// <summary>Runs the study for each year, loading tables with <paramref name="load"/>.</summary>
    public static HeadlineSeries Compute(IEnumerable<int> years, Func<int, MrioTable> load, PtfRiskParameters? parameters = null,
        FindingRules? rules = null, IProgress<string>? progress = null, KiepSectorConcordance? sectors = null)
    {
        var list = years.ToArray();
        rules ??= FindingRules.Default;
        var values = new List<HeadlineValue>();
        var rankings = new List<SinkRankingRow>();
        var verdicts = new List<YearVerdict>();
        var seconds = new Dictionary<int, double>();
        Task<MrioTable>? next = list.Length > 0 ? Task.Run(() => load(list[0])) : null;
        for (var y = 0; y < list.Length; y++)
        {
            var clock = Stopwatch.StartNew();
            var table = next!.GetAwaiter().GetResult();
            if (y + 1 < list.Length)
            {
                var following = list[y + 1];   // a copy: the lambda must not see y change
                next = Task.Run(() => load(following));
            }
            var study = new PtfRiskStudy(table, parameters, sectors);
            values.AddRange(ValuesOf(study, rules));
            rankings.AddRange(study.KA().SelectMany(r => r.Rows));
            foreach (var v in study.Verdicts(rules))
                verdicts.Add(new YearVerdict(table.DatasetId, list[y], v.Finding, v.OutcomeText, v.Reason));
            seconds[list[y]] = clock.Elapsed.TotalSeconds;
            progress?.Report($"{table.Describe()}: year {y + 1} of {list.Length} done in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        }
        return new HeadlineSeries([.. values], [.. rankings], [.. verdicts], seconds.ToImmutableDictionary());
    }

    /// <summary>The headline chains of one study (one year).</summary>
    public static IReadOnlyList<HeadlineValue> ValuesOf(PtfRiskStudy study, FindingRules? rules = null)
    {
        rules ??= FindingRules.Default;
        var table = study.Table;
        var year = table.Year ?? 0;
        var result = new List<HeadlineValue>();

        void Add(string chain, string config, Model.NodeSet sources, SectorRef sink, SinkRanking ranking, bool relative)
        {
            var a = study.Chain(sources, sink);
            var best = ranking.Ranked.FirstOrDefault(sink.Matches);
            result.Add(new HeadlineValue(table.DatasetId, year, chain, config, sources.Expression, sink.ToString(), best?.Rank, ranking.Ranked.Count(),
                a.Ptf, relative && ranking.MeanPtf is { } m && m > 0 ? a.Ptf / m : null, a.Theta, a.Vs, a.TivaFlowMusd));
        }

        foreach (var ka in study.KA())
        {
            var country = ka.Rows.FirstOrDefault()?.SinkCountry;
            if (country is null) continue;
            foreach (var named in rules.F1.Named.Where(n => string.Equals(n.Country, country, StringComparison.OrdinalIgnoreCase)))
                Add($"K-A: mining → {named}", ka.Configuration, study.KaSources, named, ka, relative: true);
            var all = study.Engine.Aggregate(study.KaSources, Model.NodeSet.FromIndices(table,
                table.NodesOf(country).Where(j => !study.Risk.Contains(j))), study.Parameters.Weighting);
            result.Add(new HeadlineValue(table.DatasetId, year, $"K-A: mining → all {country}", ka.Configuration, study.KaSources.Expression, country,
                null, null, all.Ptf, null, all.Theta, all.Vs, all.TivaFlowMusd));
        }
        var kb = study.KB();
        foreach (var named in rules.F2.Named) Add($"K-B: {study.Parameters.KbSourceCountry} IT → {named}", "K-B", study.KbSources, named, kb, relative: false);
        var kc = study.KC();
        foreach (var named in rules.F3.Named) Add($"K-C: {study.Parameters.KcSourceCountry} IT → {named}", "K-C", study.KcSources, named, kc, relative: false);
        foreach (var d in study.CrossLinks().Directions)
            result.Add(new HeadlineValue(table.DatasetId, year, $"F5: {d.SourceCountry} manufacturing → {d.SinkCountry} manufacturing", "F5", d.Sources, d.Sinks,
                null, null, d.Ptf, d.RatioToBenchmark, d.Theta, d.Vs, d.TivaFlowMusd));
        return result;
    }
}
