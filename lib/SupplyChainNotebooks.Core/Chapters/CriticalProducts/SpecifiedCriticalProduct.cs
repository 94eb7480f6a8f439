namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>
/// One of Japan's specified critical products (特定重要物資) as compiled by the project
/// (<c>data/critical_products/japan_specified_critical_products.json</c>): designation, ministry, HS codes, stated
/// measures and targets, the study's prior grouping, the source and how certain the facts are.
/// </summary>
public sealed record SpecifiedCriticalProduct
{
    /// <summary>Number 1–16 (1–11: Cabinet Order order of 2022-12-20; 12: 2024; 13–16: order of the 2025 announcement).</summary>
    public required int Number { get; init; }

    /// <summary>Stable id (e.g. <c>permanent-magnets</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Japanese name.</summary>
    public required string NameJa { get; init; }

    /// <summary>English name.</summary>
    public required string NameEn { get; init; }

    /// <summary>Competent ministry (METI, MHLW, MAFF, MLIT), or null when the sources do not settle it.</summary>
    public string? Ministry { get; init; }

    /// <summary>Designation date, <c>YYYY-MM-DD</c> or <c>YYYY-MM</c> when only the month is sourced.</summary>
    public required string DesignationDate { get; init; }

    /// <summary>"designated" or "announced".</summary>
    public required string Status { get; init; }

    /// <summary>The act that designated it.</summary>
    public required string DesignationEvent { get; init; }

    /// <summary>HS6 codes (HS2017) of the item, the union of its trade items' codes; empty when no code exists.</summary>
    public IReadOnlyList<string> HsCodes { get; init; } = [];

    /// <summary>Trade item ids (<c>data/critical_products/trade_items.csv</c>).</summary>
    public IReadOnlyList<string> TradeItems { get; init; } = [];

    /// <summary>What the designation covers, in the project's words.</summary>
    public required string Scope { get; init; }

    /// <summary>Stated policy measures, in the project's words.</summary>
    public required string Measures { get; init; }

    /// <summary>Stated targets, or null when the sources state none.</summary>
    public string? Targets { get; init; }

    /// <summary>Item-level budget where public, or null (the FY2022 totals are in the budget records).</summary>
    public string? Budget { get; init; }

    /// <summary>The study's grouping as a prior, or null when none is given (items 13–16).</summary>
    public PriorGroup? PriorGroup { get; init; }

    /// <summary>Main source.</summary>
    public required string SourceUrl { get; init; }

    /// <summary>Further sources.</summary>
    public IReadOnlyList<SourceReference> AdditionalSources { get; init; } = [];

    /// <summary>"high", "medium" or "low".</summary>
    public required string Confidence { get; init; }

    /// <summary>Facts still to verify (non-empty whenever confidence is not high).</summary>
    public IReadOnlyList<string> Verify { get; init; } = [];

    /// <summary>Caveats.</summary>
    public string? Notes { get; init; }
}
