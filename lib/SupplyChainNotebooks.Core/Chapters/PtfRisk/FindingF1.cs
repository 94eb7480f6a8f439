using System.Collections.Immutable;
using System.Globalization;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>Rule of F1. <see cref="TopK"/> is the rank a named sink must reach among its own country's sinks.</summary>
public sealed record F1Rule
{
    /// <summary>Rank threshold (default 3).</summary>
    public int TopK { get; init; } = 3;

    /// <summary>The sinks the study names (default Korea's electrical and optical, Japan's transport equipment).</summary>
    public ImmutableArray<SectorRef> Named { get; init; } = [new("KOR", "c14"), new("JPN", "c15")];
}

/// <summary>
/// F1 — sinks = Korean and Japanese industries, sources = mining of raw-material exporters: Chinese industries appear
/// more often than average; most for Japan's transport equipment and Korea's electrical and optical equipment.
/// </summary>
public static class FindingF1
{
    /// <summary>The study's statement.</summary>
    public const string Claim = "With sources = mining of raw-material exporters and sinks = Korean and Japanese industries, Chinese industries appear more often than average; most pronounced for Japan's transport equipment and Korea's electrical and optical equipment.";

    /// <summary>Decides F1 from the K-A rankings (one per sink country).</summary>
    /// <param name="rankings">K-A rankings; each named sector is looked up in the ranking holding its country's sinks.</param>
    /// <param name="rule">Rule (default <see cref="F1Rule"/>).</param>
    public static FindingVerdict Evaluate(IReadOnlyList<SinkRanking> rankings, F1Rule? rule = null)
    {
        rule ??= new F1Rule();
        if (rankings.Count == 0) throw new ArgumentException("F1 needs at least one K-A ranking", nameof(rankings));
        var numbers = new List<VerdictNumber>();
        var scores = new List<int>();
        var reasons = new List<string>();
        foreach (var named in rule.Named)
        {
            var ranking = rankings.FirstOrDefault(r => r.Rows.Any(row => string.Equals(row.SinkCountry, named.Country, StringComparison.OrdinalIgnoreCase)));
            var best = ranking?.Ranked.FirstOrDefault(named.Matches);
            var count = ranking?.Ranked.Count() ?? 0;
            numbers.Add(new VerdictNumber($"rank of {named} ({best?.Sink ?? "not ranked"}) among {count} {named.Country} sinks", best?.Rank, "rank"));
            numbers.Add(new VerdictNumber($"PTF of {named}", best?.Ptf, "appearances"));
            numbers.Add(new VerdictNumber($"RPTF of {named}", best?.Rptf, "ratio to the mean over the country's sinks"));
            numbers.Add(new VerdictNumber($"mean PTF over {named.Country} sinks", ranking?.MeanPtf, "appearances"));
            int score;
            if (best is { Rank: { } rank } && rank <= rule.TopK) score = 2;
            else if (best?.Rptf is > 1) score = 1;
            else score = 0;
            scores.Add(score);
            reasons.Add(best is null
                ? $"{named} is not ranked"
                : $"{named} ({best.Sink}) ranks {best.Rank} of {count} with RPTF {F(best.Rptf)} ({(score == 2 ? $"top {rule.TopK}" : score == 1 ? "above average, not top" : "not above average")})");
        }
        var first = rankings[0];
        var outcome = VerdictOutcomes.FromScores(scores, 2);
        var rule_ = $"Each named sink is ranked among its own country's sinks by the {first.Weighting.ToString().ToLowerInvariant()}-weighted PTF_{{S→j}}(R) "
            + $"(a sector with several industries takes its best-ranked industry). A named sink counts as 'top' when its rank ≤ {rule.TopK}, "
            + "as 'above average' when its RPTF (PTF / mean PTF over the country's sinks) > 1 without being top, else 'not'. "
            + "Holds: every named sink is top. Does not hold: none is top or above average. Partly holds: otherwise.";
        return new FindingVerdict("F1", Claim, outcome, first.Dataset, first.Year,
        [
            new("risk", first.Risk), new("sources", first.Source), new("weights", first.Weighting.ToString()),
            new("convention", first.Convention.ToString()), new("minTivaMusd", first.MinTivaMusd.ToString(CultureInfo.InvariantCulture)),
            new("topK", rule.TopK.ToString(CultureInfo.InvariantCulture)), new("named", string.Join(", ", rule.Named)),
        ], [.. numbers], rule_, string.Join("; ", reasons));
    }

    internal static string F(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";
}
