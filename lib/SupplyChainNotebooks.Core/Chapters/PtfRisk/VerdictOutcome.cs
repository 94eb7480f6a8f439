namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>What the numbers say about one of the study's findings, under an explicit rule.</summary>
public enum VerdictOutcome
{
    /// <summary>Every condition of the rule is met.</summary>
    Holds,

    /// <summary>Some conditions are met, others not.</summary>
    PartlyHolds,

    /// <summary>No condition of the rule is met.</summary>
    DoesNotHold,
}

/// <summary>Display of <see cref="VerdictOutcome"/>.</summary>
public static class VerdictOutcomes
{
    /// <summary>"holds", "partly holds" or "does not hold".</summary>
    public static string ToText(this VerdictOutcome outcome) => outcome switch
    {
        VerdictOutcome.Holds => "holds",
        VerdictOutcome.PartlyHolds => "partly holds",
        _ => "does not hold",
    };

    /// <summary>Holds when every check passed, does not hold when none did, partly holds otherwise.</summary>
    public static VerdictOutcome FromScores(IReadOnlyCollection<int> scores, int full)
    {
        if (scores.Count == 0) return VerdictOutcome.DoesNotHold;
        if (scores.All(s => s >= full)) return VerdictOutcome.Holds;
        return scores.All(s => s <= 0) ? VerdictOutcome.DoesNotHold : VerdictOutcome.PartlyHolds;
    }
}
