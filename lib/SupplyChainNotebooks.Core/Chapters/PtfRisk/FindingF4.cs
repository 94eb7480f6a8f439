using System.Globalization;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>Rule of F4: thresholds on the share of sinks whose appearance share φ exceeds their value-added share VS.</summary>
public sealed record F4Rule
{
    /// <summary>Share of sinks with φ &gt; VS at or above which F4 holds (default 2/3).</summary>
    public double HoldsShare { get; init; } = 2.0 / 3.0;

    /// <summary>Share at or above which F4 partly holds (default 1/3).</summary>
    public double PartlyShare { get; init; } = 1.0 / 3.0;
}

/// <summary>
/// F4 — the volume indicator (value-added share) understates dependence relative to the frequency indicator. Decided on
/// the like-for-like gap φ_j − VS_j (methodology §1.7): φ_j is R's share of all node appearances on the chains into j,
/// VS_j R's share of the value added in j's final product — both shares of the same chain.
/// </summary>
public static class FindingF4
{
    /// <summary>The study's statement.</summary>
    public const string Claim = "The volume indicator (value-added share) understates dependence relative to the frequency indicator.";

    /// <summary>Decides F4 from the K-D comparison.</summary>
    public static FindingVerdict Evaluate(FrequencyVolumeAnalysis kd, F4Rule? rule = null)
    {
        rule ??= new F4Rule();
        if (rule.PartlyShare > rule.HoldsShare) throw new ArgumentException("PartlyShare must not exceed HoldsShare", nameof(rule));
        var gaps = kd.Points.Where(p => p.Gap is not null).Select(p => p.Gap!.Value).Order().ToArray();
        var share = kd.ShareFrequencyAboveVolume;
        double? median = gaps.Length == 0 ? null : gaps.Length % 2 == 1 ? gaps[gaps.Length / 2] : (gaps[gaps.Length / 2 - 1] + gaps[gaps.Length / 2]) / 2;
        var outcome = share is not { } s ? VerdictOutcome.DoesNotHold
            : s >= rule.HoldsShare ? VerdictOutcome.Holds
            : s >= rule.PartlyShare ? VerdictOutcome.PartlyHolds
            : VerdictOutcome.DoesNotHold;
        var numbers = new List<VerdictNumber>
        {
            new("sinks compared (φ and VS defined)", gaps.Length, "count"),
            new("share of sinks with φ > VS", share, "share"),
            new("median gap φ − VS", median, "share points"),
            new("mean φ", Mean(kd.Points.Where(p => p.Phi is not null).Select(p => p.Phi!.Value)), "share"),
            new("mean VS", kd.Points.Length == 0 ? null : kd.Points.Average(p => p.Vs), "share"),
            new($"OLS slope of {kd.Measure} on VS (pooled)", kd.Fit?.Slope, "per unit VS"),
            new($"OLS intercept of {kd.Measure} on VS", kd.Fit?.Intercept, kd.Measure.ToString()),
            new("OLS R²", kd.Fit?.RSquared, "share"),
        };
        foreach (var country in kd.Points.Select(p => p.SinkCountry).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var pts = kd.Points.Where(p => p.Gap is not null && string.Equals(p.SinkCountry, country, StringComparison.OrdinalIgnoreCase)).ToArray();
            numbers.Add(new VerdictNumber($"share of {country} sinks with φ > VS", pts.Length == 0 ? null : (double)pts.Count(p => p.Gap > 0) / pts.Length, "share"));
        }
        var first = kd.Points.FirstOrDefault();
        var text = $"For every sink with defined φ and VS, compare the appearance share φ_j(R) (R's share of all node appearances on the S → j routes, "
            + $"inclusive count) with the value-added share VS_j(R). Holds: φ > VS for at least {P(rule.HoldsShare)} of the sinks; partly holds: for at least "
            + $"{P(rule.PartlyShare)}; does not hold: fewer. (The OLS line of {kd.Measure} on VS and its residuals are reported for the chart; residuals average "
            + "zero by construction, so the share above the line is not evidence either way.)";
        var reason = share is { } sh
            ? $"φ > VS for {P(sh)} of {gaps.Length} sinks (median gap {FindingF1.F(median)})"
            : "no sink has both φ and VS defined";
        return new FindingVerdict("F4", Claim, outcome, first?.Dataset ?? "n/a", first?.Year,
        [
            new("measure", kd.Measure.ToString()), new("holdsShare", rule.HoldsShare.ToString("0.###", CultureInfo.InvariantCulture)),
            new("partlyShare", rule.PartlyShare.ToString("0.###", CultureInfo.InvariantCulture)),
            new("configurations", string.Join(", ", kd.Points.Select(p => p.Configuration).Distinct())),
        ], [.. numbers], text, reason);
    }

    private static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToArray();
        return list.Length == 0 ? null : list.Average();
    }

    private static string P(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);
}
