using System.Collections.Immutable;
using System.Globalization;
using Deedle;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// The verdict on one of the study's findings (F1–F5), computed from the numbers under a stated, parameterised rule —
/// never written by hand. Carries the dataset, year, parameters, the numbers and the rule text.
/// </summary>
/// <param name="Finding">F1…F5.</param>
/// <param name="Claim">The study's statement.</param>
/// <param name="Outcome">holds / partly holds / does not hold.</param>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Parameters">Parameters the verdict depends on.</param>
/// <param name="Numbers">Numbers it was decided on.</param>
/// <param name="Rule">The rule, in words, with its thresholds.</param>
/// <param name="Reason">Why the rule gave this outcome, with the numbers.</param>
public sealed record FindingVerdict(
    string Finding,
    string Claim,
    VerdictOutcome Outcome,
    string Dataset,
    int? Year,
    ImmutableArray<VerdictParameter> Parameters,
    ImmutableArray<VerdictNumber> Numbers,
    string Rule,
    string Reason)
{
    /// <summary>"holds", "partly holds" or "does not hold".</summary>
    public string OutcomeText => Outcome.ToText();

    /// <summary>One line: finding, outcome, dataset and year, reason.</summary>
    public override string ToString() =>
        $"{Finding} {OutcomeText} on {Dataset} {Year?.ToString(CultureInfo.InvariantCulture) ?? ""}: {Reason}";

    /// <summary>Verdicts as a frame (one row each; numbers and parameters joined as text).</summary>
    public static Frame<int, string> ToFrame(IEnumerable<FindingVerdict> verdicts) => Frame.FromRecords(verdicts.Select(v => new
    {
        v.Finding, Outcome = v.OutcomeText, v.Dataset, v.Year, v.Claim, v.Rule, v.Reason,
        Parameters = string.Join("; ", v.Parameters.Select(p => $"{p.Name}={p.Value}")),
    }));

    /// <summary>The numbers of several verdicts as a tidy frame (Finding, Name, Value, Unit).</summary>
    public static Frame<int, string> NumbersToFrame(IEnumerable<FindingVerdict> verdicts) =>
        Frame.FromRecords(verdicts.SelectMany(v => v.Numbers.Select(n => new { v.Finding, n.Name, n.Value, n.Unit })));
}
