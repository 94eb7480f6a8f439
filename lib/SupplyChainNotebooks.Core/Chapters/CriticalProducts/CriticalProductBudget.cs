namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>A public budget figure for the specified critical products.</summary>
public sealed record CriticalProductBudget
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Fiscal year and budget (e.g. "FY2022 (second supplementary budget)").</summary>
    public required string FiscalYear { get; init; }

    /// <summary>Ministry or "all competent ministries".</summary>
    public required string Ministry { get; init; }

    /// <summary>Amount in billion yen.</summary>
    public required double AmountJpyBillion { get; init; }

    /// <summary>Purpose, in the project's words.</summary>
    public required string Purpose { get; init; }

    /// <summary>Source.</summary>
    public required string SourceUrl { get; init; }

    /// <summary>"high", "medium" or "low".</summary>
    public required string Confidence { get; init; }

    /// <summary>Facts still to verify.</summary>
    public IReadOnlyList<string> Verify { get; init; } = [];
}
