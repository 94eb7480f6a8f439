using System.Globalization;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// Sentences about computed verdicts for notebook prose and reports, generated from the outcomes so that they stay true
/// when the data or the parameters change (never a verdict written by hand).
/// </summary>
public static class VerdictSummary
{
    /// <summary>
    /// The outcomes grouped, e.g. <c>On wiod2013 2011: F2 holds; F1, F4 and F5 partly hold; F3 does not hold.</c>
    /// </summary>
    public static string Outcomes(IReadOnlyList<FindingVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if (verdicts.Count == 0) return "No finding was evaluated.";
        var parts = new List<string>();
        foreach (var outcome in new[] { VerdictOutcome.Holds, VerdictOutcome.PartlyHolds, VerdictOutcome.DoesNotHold })
        {
            var findings = verdicts.Where(v => v.Outcome == outcome).Select(v => v.Finding).ToArray();
            if (findings.Length > 0) parts.Add($"{Join(findings)} {Verb(outcome, findings.Length)}");
        }
        return $"On {Where(verdicts[0])}: {string.Join("; ", parts)}.";
    }

    /// <summary>
    /// Where the data disagree with the study, in plain words with the reason of each finding that does not hold, and
    /// which findings they support only in part; or a sentence saying that they support every finding.
    /// </summary>
    public static string Disagreements(IReadOnlyList<FindingVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if (verdicts.Count == 0) return "No finding was evaluated.";
        var not = verdicts.Where(v => v.Outcome == VerdictOutcome.DoesNotHold).ToArray();
        var partly = verdicts.Where(v => v.Outcome == VerdictOutcome.PartlyHolds).Select(v => v.Finding).ToArray();
        if (not.Length == 0 && partly.Length == 0)
            return $"The data of {Where(verdicts[0])} support every finding evaluated ({Join(verdicts.Select(v => v.Finding).ToArray())}).";
        var sentences = new List<string>();
        if (not.Length > 0)
            sentences.Add($"The data of {Where(not[0])} disagree with the study on {Join(not.Select(v => v.Finding).ToArray())}: "
                + string.Join("; ", not.Select(v => $"{v.Finding} — {v.Reason}")) + ".");
        if (partly.Length > 0)
            sentences.Add($"{(not.Length > 0 ? "They" : $"The data of {Where(verdicts[0])}")} support {Join(partly)} only in part.");
        return string.Join(" ", sentences);
    }

    /// <summary>
    /// How stable each finding's outcome is over the years, e.g.
    /// <c>F1 partly holds in 5 of 5 years; F2 holds in 4 of 5 years (partly holds in 1995)</c>.
    /// </summary>
    public static string AcrossYears(IReadOnlyList<YearVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if (verdicts.Count == 0) return "No year was evaluated.";
        var parts = verdicts.GroupBy(v => v.Finding).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var years = g.Select(v => v.Year).Distinct().Count();
            var byOutcome = g.GroupBy(v => v.Outcome).OrderByDescending(o => o.Count()).ThenBy(o => Order(o.Key)).ToArray();
            var main = byOutcome[0];
            var text = $"{g.Key} {main.Key} in {main.Count()} of {years} years";
            if (byOutcome.Length > 1)
                text += " (" + string.Join("; ", byOutcome.Skip(1).Select(o =>
                    $"{o.Key} in {string.Join(", ", o.Select(v => v.Year).Order().Select(y => y.ToString(CultureInfo.InvariantCulture)))}")) + ")";
            return text;
        });
        return string.Join("; ", parts) + ".";
    }

    private static int Order(string outcome) => outcome switch { "holds" => 0, "partly holds" => 1, _ => 2 };

    private static string Verb(VerdictOutcome outcome, int count) => (outcome, count == 1) switch
    {
        (VerdictOutcome.Holds, true) => "holds",
        (VerdictOutcome.Holds, false) => "hold",
        (VerdictOutcome.PartlyHolds, true) => "partly holds",
        (VerdictOutcome.PartlyHolds, false) => "partly hold",
        (_, true) => "does not hold",
        _ => "do not hold",
    };

    private static string Where(FindingVerdict v) =>
        v.Year is { } y ? $"{v.Dataset} {y.ToString(CultureInfo.InvariantCulture)}" : v.Dataset;

    /// <summary>"A", "A and B", "A, B and C".</summary>
    internal static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
