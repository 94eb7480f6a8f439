using System.Collections.Immutable;
using System.Globalization;
using Deedle;
using SupplyChainNotebooks.Analysis;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// The sensitivity table: the headline rankings (K-A KOR, K-A JPN, K-B, K-C) recomputed with one choice changed at a
/// time — endpoint convention, weighting, source set (K-A), TiVA filter and risk region — on the same factorisation.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Computes the table (baseline rows first).</summary>
    /// <param name="baseline">The study with the baseline parameters.</param>
    /// <param name="variants">Variations (default <see cref="SensitivityVariants.Default"/>).</param>
    /// <param name="rules">Rules whose named sectors are tracked (default <see cref="FindingRules.Default"/>).</param>
    public static ImmutableArray<SensitivityRow> Compute(PtfRiskStudy baseline, SensitivityVariants? variants = null, FindingRules? rules = null)
    {
        variants ??= SensitivityVariants.Default;
        rules ??= FindingRules.Default;
        var p = baseline.Parameters;
        var table = baseline.Table;
        var rows = new List<SensitivityRow>();
        var baseRankings = Rankings(baseline);
        foreach (var (config, ranking) in baseRankings)
            rows.Add(Row(config, "baseline", Describe(p), true, ranking, null, Named(config, rules), RiskNote(ranking)));

        void Variant(string factor, string label, PtfRiskParameters changed, bool kaOnly = false)
        {
            var study = new PtfRiskStudy(table, changed, baseline.Sectors, baseline.Solver, baseline.Engine);
            foreach (var (config, ranking) in Rankings(study, kaOnly))
                rows.Add(Row(config, factor, label, false, ranking, baseRankings[config], Named(config, rules), RiskNote(ranking)));
        }

        foreach (var c in variants.Conventions.Where(c => c != p.Convention)) Variant("convention", c.ToText(), p with { Convention = c });
        foreach (var w in variants.Weightings.Where(w => w != p.Weighting)) Variant("weighting", w.ToText(), p with { Weighting = w });
        foreach (var (label, countries) in variants.SourceSets)
        {
            var list = label == "all"
                ? table.Countries.Where(c => !baseline.Risk.Countries.Contains(c, StringComparer.OrdinalIgnoreCase)
                    && !p.SinkCountries.Contains(c, StringComparer.OrdinalIgnoreCase)).ToImmutableArray()
                : countries.Where(table.HasCountry).ToImmutableArray();
            if (list.IsEmpty) continue;
            Variant("source set", label == "all" ? $"all countries outside R and {string.Join("/", p.SinkCountries)} ({list.Length})" : label,
                p with { SourceCountries = list }, kaOnly: true);
        }
        foreach (var f in variants.TivaFilters.Where(f => !(f == p.KaMinTivaMusd && f == p.PairMinTivaMusd)))
            Variant("TiVA filter", $"{f.ToString("G", CultureInfo.InvariantCulture)} M USD", p with { KaMinTivaMusd = f, PairMinTivaMusd = f });
        foreach (var r in variants.Risks.Where(r => !string.Equals(r, p.Risk, StringComparison.OrdinalIgnoreCase)))
            Variant("risk region", r, p with { Risk = r });
        return [.. rows];
    }

    /// <summary>The table as a frame.</summary>
    public static Frame<int, string> ToFrame(IEnumerable<SensitivityRow> rows) => Frame.FromRecords(rows);

    /// <summary>The ranking's notes about sources or sinks inside R (the baseline's too), or null.</summary>
    private static string? RiskNote(SinkRanking ranking)
    {
        var note = string.Join("; ", ranking.Notes.Where(n => n.Contains("inside R", StringComparison.Ordinal)));
        return note.Length == 0 ? null : note;
    }

    private static string Describe(PtfRiskParameters p) =>
        $"{p.Convention.ToText()}, {p.Weighting.ToText()}, sources {string.Join(",", p.SourceCountries)}, TiVA ≥ {p.KaMinTivaMusd:G}/{p.PairMinTivaMusd:G} M USD, risk {p.Risk}";

    private static Dictionary<string, SinkRanking> Rankings(PtfRiskStudy study, bool kaOnly = false)
    {
        var result = new Dictionary<string, SinkRanking>(StringComparer.Ordinal);
        foreach (var ka in study.KA()) result[ka.Configuration] = ka;
        if (kaOnly) return result;
        result["K-B"] = study.KB();
        result["K-C"] = study.KC();
        return result;
    }

    private static IReadOnlyList<SectorRef> Named(string configuration, FindingRules rules) => configuration switch
    {
        "K-B" => rules.F2.Named,
        "K-C" => rules.F3.Named,
        _ => rules.F1.Named.Where(n => configuration.EndsWith(" " + n.Country, StringComparison.OrdinalIgnoreCase)).ToArray(),
    };

    private static SensitivityRow Row(string configuration, string factor, string variant, bool isBaseline, SinkRanking ranking,
        SinkRanking? baseline, IReadOnlyList<SectorRef> named, string? note)
    {
        var ranked = ranking.Ranked.ToArray();
        string? Top(int i) => ranked.Length > i ? $"{ranked[i].Sink} {FindingF1.F(ranked[i].Ptf)}" : null;
        var namedRanks = named.Select(n => (n, rank: ranked.FirstOrDefault(n.Matches)?.Rank)).ToArray();
        double? rho = null;
        int? overlap = null;
        if (baseline is not null)
        {
            var a = baseline.Ranked.ToDictionary(r => r.Sink, r => r.Ptf!.Value, StringComparer.OrdinalIgnoreCase);
            var b = ranked.ToDictionary(r => r.Sink, r => r.Ptf!.Value, StringComparer.OrdinalIgnoreCase);
            rho = RankCorrelation.Spearman(a, b);
            var baseTop = new HashSet<string>(baseline.Top(10).Select(r => r.Sink), StringComparer.OrdinalIgnoreCase);
            overlap = ranked.Take(10).Count(r => baseTop.Contains(r.Sink));
        }
        return new SensitivityRow(ranking.Dataset, ranking.Year, configuration, factor, variant, isBaseline, ranked.Length, Top(0), Top(1), Top(2),
            string.Join(", ", namedRanks.Select(x => $"{x.n} {(x.rank is { } r ? "#" + r.ToString(CultureInfo.InvariantCulture) : "–")}")),
            namedRanks.Where(x => x.rank is not null).Select(x => x.rank).Min(),
            namedRanks.Length > 0 && namedRanks.All(x => x.rank is not null) ? namedRanks.Max(x => x.rank) : null,
            rho, overlap, note);
    }
}
