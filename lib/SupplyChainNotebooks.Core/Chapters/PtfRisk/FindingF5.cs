using System.Collections.Immutable;
using System.Globalization;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>Rule of F5.</summary>
public sealed record F5Rule
{
    /// <summary>Minimum ratio of the cross-link PTF(R) to the benchmark PTF(R) of the same sources into every foreign sink (default 1).</summary>
    public double MinRatio { get; init; } = 1.0;

    /// <summary>Regions left out of the third-country comparison because they are aggregates of many countries (default RoW).</summary>
    public ImmutableArray<string> ExcludedRegions { get; init; } = ["RoW", "ROW"];
}

/// <summary>
/// F5 — the supply chain connecting Korea's and Japan's manufacturing industries depends heavily on China. Decided per
/// direction (KOR→JPN, JPN→KOR) on two checks: (a) R is the third country whose industries appear most often on the
/// cross-link chains; (b) the cross-link chains pass R at least <see cref="F5Rule.MinRatio"/> times as often as the same
/// sources' chains into every foreign sink outside R.
/// </summary>
public static class FindingF5
{
    /// <summary>The study's statement.</summary>
    public const string Claim = "The supply chain connecting Korea's and Japan's manufacturing industries depends heavily on China.";

    /// <summary>Decides F5 from the cross-link matrix.</summary>
    public static FindingVerdict Evaluate(CrossLinkMatrix matrix, F5Rule? rule = null)
    {
        rule ??= new F5Rule();
        var excluded = new HashSet<string>(rule.ExcludedRegions, StringComparer.OrdinalIgnoreCase);
        var numbers = new List<VerdictNumber>();
        var scores = new List<int>();
        var reasons = new List<string>();
        foreach (var d in matrix.Directions)
        {
            var rivals = d.OtherCountries.Where(c => !c.IsRisk && !excluded.Contains(c.Country)).ToArray();
            var rank = 1 + rivals.Count(c => c.Ptf > d.RiskPtf);
            var leader = rivals.FirstOrDefault();
            var firstCheck = rank == 1;
            var secondCheck = d.RatioToBenchmark is { } ratio && ratio >= rule.MinRatio;
            scores.Add(firstCheck ? 1 : 0);
            scores.Add(secondCheck ? 1 : 0);
            numbers.Add(new VerdictNumber($"{d.Direction}: PTF(R) of the cross-link chains", d.Ptf, "appearances"));
            numbers.Add(new VerdictNumber($"{d.Direction}: touch share θ(R)", d.Theta, "share"));
            numbers.Add(new VerdictNumber($"{d.Direction}: rank of R among third countries", rank, "rank"));
            numbers.Add(new VerdictNumber($"{d.Direction}: PTF of the most frequent other third country ({leader?.Country ?? "none"})", leader?.Ptf, "appearances"));
            numbers.Add(new VerdictNumber($"{d.Direction}: benchmark PTF(R) into every foreign sink", d.BenchmarkPtf, "appearances"));
            numbers.Add(new VerdictNumber($"{d.Direction}: ratio to benchmark", d.RatioToBenchmark, "ratio"));
            reasons.Add($"{d.Direction}: R ranks {rank} among third countries (R {FindingF1.F(d.RiskPtf)} vs {leader?.Country ?? "none"} {FindingF1.F(leader?.Ptf)}), "
                + $"ratio to benchmark {FindingF1.F(d.RatioToBenchmark)} ({(secondCheck ? "≥" : "<")} {rule.MinRatio.ToString("0.##", CultureInfo.InvariantCulture)}), θ {FindingF1.F(d.Theta)}");
        }
        var outcome = VerdictOutcomes.FromScores(scores, 1);
        var text = "For each direction (source = every manufacturing industry of one country, sinks = every manufacturing industry of the other, "
            + "TiVA-weighted): check (a) R's industries appear more often than those of any other third country (regions "
            + $"{string.Join("/", rule.ExcludedRegions)} left out as aggregates); check (b) PTF(R) of the cross-link chains ≥ {rule.MinRatio.ToString("0.##", CultureInfo.InvariantCulture)} × "
            + "PTF(R) of the same sources into every foreign sink outside R. Holds: all four checks pass; does not hold: none; partly holds: otherwise.";
        return new FindingVerdict("F5", Claim, outcome, matrix.Dataset, matrix.Year,
        [
            new("risk", matrix.Risk), new("convention", matrix.Convention.ToString()),
            new("minTivaMusd", matrix.MinTivaMusd.ToString(CultureInfo.InvariantCulture)),
            new("minRatio", rule.MinRatio.ToString(CultureInfo.InvariantCulture)),
            new("directions", string.Join(", ", matrix.Directions.Select(d => d.Direction))),
        ], [.. numbers], text, string.Join("; ", reasons));
    }
}
