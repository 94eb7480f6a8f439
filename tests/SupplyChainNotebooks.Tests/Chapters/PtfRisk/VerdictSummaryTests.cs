using SupplyChainNotebooks.Chapters.PtfRisk;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>The sentences about verdicts follow the outcomes they are given (grouping, agreement, plain disagreement).</summary>
public sealed class VerdictSummaryTests
{
    private static FindingVerdict Verdict(string finding, VerdictOutcome outcome, string reason = "because") =>
        new(finding, $"claim {finding}", outcome, "wiod2013", 2011, [], [], "rule", reason);

    [Fact]
    public void OutcomesAreGroupedWithVerbsThatAgree()
    {
        var verdicts = new[]
        {
            Verdict("F1", VerdictOutcome.PartlyHolds), Verdict("F2", VerdictOutcome.Holds), Verdict("F3", VerdictOutcome.DoesNotHold),
            Verdict("F4", VerdictOutcome.PartlyHolds), Verdict("F5", VerdictOutcome.PartlyHolds),
        };
        Assert.Equal("On wiod2013 2011: F2 holds; F1, F4 and F5 partly hold; F3 does not hold.", VerdictSummary.Outcomes(verdicts));
        var plural = new[] { Verdict("F1", VerdictOutcome.Holds), Verdict("F2", VerdictOutcome.Holds), Verdict("F3", VerdictOutcome.DoesNotHold), Verdict("F4", VerdictOutcome.DoesNotHold) };
        Assert.Equal("On wiod2013 2011: F1 and F2 hold; F3 and F4 do not hold.", VerdictSummary.Outcomes(plural));
        Assert.Equal("On wiod2013 2011: F4 partly holds.", VerdictSummary.Outcomes([Verdict("F4", VerdictOutcome.PartlyHolds)]));
    }

    [Fact]
    public void DisagreementsNameTheFindingsThatDoNotHoldWithTheirReasons()
    {
        var verdicts = new[]
        {
            Verdict("F1", VerdictOutcome.PartlyHolds), Verdict("F2", VerdictOutcome.Holds),
            Verdict("F3", VerdictOutcome.DoesNotHold, "JPN:c18 not ranked"), Verdict("F5", VerdictOutcome.PartlyHolds),
        };
        Assert.Equal("The data of wiod2013 2011 disagree with the study on F3: F3 — JPN:c18 not ranked. They support F1 and F5 only in part.",
            VerdictSummary.Disagreements(verdicts));
        Assert.Equal("The data of wiod2013 2011 support F1 only in part.", VerdictSummary.Disagreements([Verdict("F1", VerdictOutcome.PartlyHolds)]));
        Assert.Equal("The data of wiod2013 2011 support every finding evaluated (F1 and F2).",
            VerdictSummary.Disagreements([Verdict("F1", VerdictOutcome.Holds), Verdict("F2", VerdictOutcome.Holds)]));
        Assert.Equal("No finding was evaluated.", VerdictSummary.Disagreements([]));
    }

    [Fact]
    public void AcrossYearsGivesTheMostFrequentOutcomeAndTheExceptions()
    {
        var years = new[]
        {
            new YearVerdict("wiod2013", 1995, "F2", "partly holds", ""), new YearVerdict("wiod2013", 2003, "F2", "holds", ""),
            new YearVerdict("wiod2013", 2011, "F2", "holds", ""), new YearVerdict("wiod2013", 1995, "F1", "partly holds", ""),
            new YearVerdict("wiod2013", 2003, "F1", "partly holds", ""), new YearVerdict("wiod2013", 2011, "F1", "partly holds", ""),
        };
        Assert.Equal("F1 partly holds in 3 of 3 years; F2 holds in 2 of 3 years (partly holds in 1995).", VerdictSummary.AcrossYears(years));
    }
}
