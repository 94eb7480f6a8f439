using System.Collections.Immutable;
using System.Globalization;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>Rule of F2/F3: the named sinks must be in the top <see cref="TopK"/> of the (TiVA-filtered) pair ranking.</summary>
public sealed record TopKRule
{
    /// <summary>Rank threshold (default 10).</summary>
    public int TopK { get; init; } = 10;

    /// <summary>The sinks the study names.</summary>
    public ImmutableArray<SectorRef> Named { get; init; } = [];

    /// <summary>When set, rank only among the sinks of this country (e.g. JPN for a reading of F3 as "among Japan's
    /// industries"); default null = among every foreign sink, as the study's configuration states.</summary>
    public string? WithinCountry { get; init; }

    /// <summary>F2 default: US transport equipment, health and social work, public administration and defence.</summary>
    public static TopKRule F2 { get; } = new() { Named = [new("USA", "c15"), new("USA", "c33"), new("USA", "c31")] };

    /// <summary>F3 default: Japan's construction and transport equipment.</summary>
    public static TopKRule F3 { get; } = new() { Named = [new("JPN", "c18"), new("JPN", "c15")] };
}

/// <summary>
/// F2 and F3 — source = Japan's (F2) or Korea's (F3) electrical and optical manufacturing, sinks = every foreign
/// industry: the named chains are the most exposed to China. Decided on the K-B / K-C ranking as computed (with its
/// TiVA filter, 300 M USD in the notebook).
/// </summary>
public static class FindingTopK
{
    /// <summary>F2 as stated by the study.</summary>
    public const string ClaimF2 = "With source = Japan's IT (electrical and optical) manufacturing, the chains into US transport equipment, health and social work and public administration and defence are the most exposed to China.";

    /// <summary>F3 as stated by the study.</summary>
    public const string ClaimF3 = "With source = Korea's IT (electrical and optical) manufacturing, the chains into Japan's construction and transport equipment carry the largest China exposure.";

    /// <summary>F2 on the K-B ranking.</summary>
    public static FindingVerdict F2(SinkRanking kb, TopKRule? rule = null) => Evaluate("F2", ClaimF2, kb, rule ?? TopKRule.F2);

    /// <summary>F3 on the K-C ranking.</summary>
    public static FindingVerdict F3(SinkRanking kc, TopKRule? rule = null) => Evaluate("F3", ClaimF3, kc, rule ?? TopKRule.F3);

    /// <summary>Holds when every named sink is in the top k, partly when some are, does not hold when none is.</summary>
    public static FindingVerdict Evaluate(string finding, string claim, SinkRanking ranking, TopKRule rule)
    {
        if (rule.Named.IsEmpty) throw new ArgumentException("the rule names no sink", nameof(rule));
        var numbers = new List<VerdictNumber>();
        var scores = new List<int>();
        var reasons = new List<string>();
        var ranked = rule.WithinCountry is { } only
            ? ranking.Ranked.Where(r => string.Equals(r.SinkCountry, only, StringComparison.OrdinalIgnoreCase)).Select((r, i) => r with { Rank = i + 1 }).ToArray()
            : ranking.Ranked.ToArray();
        foreach (var named in rule.Named)
        {
            var best = ranked.FirstOrDefault(named.Matches);
            numbers.Add(new VerdictNumber($"rank of {named} ({best?.Sink ?? "not ranked"})", best?.Rank, "rank"));
            numbers.Add(new VerdictNumber($"PTF of {named}", best?.Ptf, "appearances"));
            numbers.Add(new VerdictNumber($"TiVA flow into {named}", best?.TivaFlowMusd, "M USD"));
            var top = best?.Rank is { } r && r <= rule.TopK;
            scores.Add(top ? 1 : 0);
            reasons.Add(best is null ? $"{named} not ranked (no pair passes the filters)" : $"{named} ({best.Sink}) ranks {best.Rank} (PTF {FindingF1.F(best.Ptf)})");
        }
        numbers.Add(new VerdictNumber("sinks ranked", ranked.Length, "count"));
        numbers.Add(new VerdictNumber($"PTF at rank {rule.TopK}", ranked.Length >= rule.TopK ? ranked[rule.TopK - 1].Ptf : null, "appearances"));
        var top3 = string.Join(", ", ranked.Take(3).Select(r => $"{r.Sink} {FindingF1.F(r.Ptf)}"));
        var outcome = VerdictOutcomes.FromScores(scores, 1);
        var scope = rule.WithinCountry is { } c ? $"Sinks of {c} only" : "Sinks (every foreign industry outside R)";
        var text = $"{scope} are ranked by PTF_{{S→j}}(R) after the TiVA filter of {ranking.MinTivaMusd.ToString("G", CultureInfo.InvariantCulture)} M USD on the pairs "
            + $"(a sector with several industries takes its best-ranked industry). Holds: every named sink is in the top {rule.TopK}. "
            + "Partly holds: at least one is. Does not hold: none is.";
        return new FindingVerdict(finding, claim, outcome, ranking.Dataset, ranking.Year,
        [
            new("risk", ranking.Risk), new("source", ranking.Source), new("minTivaMusd", ranking.MinTivaMusd.ToString(CultureInfo.InvariantCulture)),
            new("weights", ranking.Weighting.ToString()), new("convention", ranking.Convention.ToString()),
            new("topK", rule.TopK.ToString(CultureInfo.InvariantCulture)), new("named", string.Join(", ", rule.Named)),
            new("withinCountry", rule.WithinCountry ?? "every foreign sink"),
        ], [.. numbers], text, $"{string.Join("; ", reasons)}; top 3: {top3}");
    }
}
