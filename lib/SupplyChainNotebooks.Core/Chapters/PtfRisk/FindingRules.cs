namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>The rules of the five verdicts, each with its defaults.</summary>
public sealed record FindingRules
{
    /// <summary>The default rules.</summary>
    public static FindingRules Default { get; } = new();

    /// <summary>F1 rule.</summary>
    public F1Rule F1 { get; init; } = new();

    /// <summary>F2 rule.</summary>
    public TopKRule F2 { get; init; } = TopKRule.F2;

    /// <summary>F3 rule.</summary>
    public TopKRule F3 { get; init; } = TopKRule.F3;

    /// <summary>F4 rule.</summary>
    public F4Rule F4 { get; init; } = new();

    /// <summary>F5 rule.</summary>
    public F5Rule F5 { get; init; } = new();
}
