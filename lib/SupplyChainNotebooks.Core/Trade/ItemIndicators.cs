namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Trade indicators of methodology §4.2 for one reporter, item and year (I1–I5, I9, I11). Shares are 0–1; values are
/// in <see cref="Unit"/> (USD for BACI, JPY for Japan's customs statistics — never converted). Undefined numbers are
/// null, with the reason in the matching <c>…Reason</c> property; "no data" results have every number null.
/// </summary>
public sealed record ItemIndicators
{
    /// <summary>Importing (reporting) country, ISO3.</summary>
    public required string Reporter { get; init; }

    /// <summary>The item.</summary>
    public required TradeItem Item { get; init; }

    /// <summary>Year.</summary>
    public required int Year { get; init; }

    /// <summary>Computed or no data.</summary>
    public required IndicatorStatus Status { get; init; }

    /// <summary>Why there is no data (null when computed).</summary>
    public string? NoDataReason { get; init; }

    /// <summary>How a user fills the gap (e.g. with the official BACI file), or null.</summary>
    public string? HowToFill { get; init; }

    /// <summary>Catalog id of the source.</summary>
    public required string DatasetId { get; init; }

    /// <summary>Source description (file, layout, units).</summary>
    public required string Source { get; init; }

    /// <summary>Currency of the values.</summary>
    public required TradeValueUnit Unit { get; init; }

    /// <summary>Product scheme of the codes used.</summary>
    public required ProductScheme Scheme { get; init; }

    /// <summary>HS edition of the year's codes, or null.</summary>
    public string? HsEdition { get; init; }

    /// <summary>Product codes of the item found in the source for the year (values summed over these).</summary>
    public IReadOnlyList<string> ProductsUsed { get; init; } = [];

    /// <summary>Product codes of the item the source lacks for the year (a non-empty list means partial coverage).</summary>
    public IReadOnlyList<string> ProductsMissing { get; init; } = [];

    /// <summary>True when the source keeps only the largest flows (top-flows file).</summary>
    public bool Truncated { get; init; }

    /// <summary>Imports M_c,p (sum over partners, or the published total where the source has one), in <see cref="Unit"/>.</summary>
    public double? Imports { get; init; }

    /// <summary>Imports in USD (null for JPY sources).</summary>
    public double? ImportsUsd => Unit == TradeValueUnit.Usd ? Imports : null;

    /// <summary>Imports in JPY (null for USD sources).</summary>
    public double? ImportsJpy => Unit == TradeValueUnit.Jpy ? Imports : null;

    /// <summary>Share of <see cref="Imports"/> allocated to listed partners (below 1 when a published total exceeds the listed partners).</summary>
    public double? ListedPartnerCoverage { get; init; }

    /// <summary>Partner shares (I1), largest first.</summary>
    public IReadOnlyList<PartnerShare> Partners { get; init; } = [];

    /// <summary>Number of partners with positive imports.</summary>
    public int? PartnerCount { get; init; }

    /// <summary>Largest supplier (I2), or null.</summary>
    public string? Top1Partner { get; init; }

    /// <summary>Largest supplier's share (I2).</summary>
    public double? Top1Share { get; init; }

    /// <summary>China's share (I3): 0 when China supplies nothing but imports exist; null without imports.</summary>
    public double? ChinaShare { get; init; }

    /// <summary>Import HHI Σ s² on the 0–1 scale (I4).</summary>
    public double? ImportHhi { get; init; }

    /// <summary>Exports X_c,p, in <see cref="Unit"/>.</summary>
    public double? Exports { get; init; }

    /// <summary>M/X (I5); 9999 when X = 0 and M &gt; 0 (as in CEPII GeoDep; see <see cref="ImportExportRatioCapped"/>); null when both are 0.</summary>
    public double? ImportExportRatio { get; init; }

    /// <summary>True when <see cref="ImportExportRatio"/> is the 9999 stand-in for M/0.</summary>
    public bool ImportExportRatioCapped { get; init; }

    /// <summary>World exports X_w,p of the item (sum over all exporters), in <see cref="Unit"/>.</summary>
    public double? WorldExports { get; init; }

    /// <summary>Reporter's world export share X_c,p / X_w,p (I11).</summary>
    public double? WorldExportShare { get; init; }

    /// <summary>World export concentration Σ_e (X_e,p / X_w,p)² (I9).</summary>
    public double? WorldExportHhi { get; init; }

    /// <summary>Why the world-export indicators are null (e.g. the source holds only Japan's trade).</summary>
    public string? WorldExportReason { get; init; }

    /// <summary>RCA (X_c,p / X_c) / (X_w,p / X_w) (I11), null without every country's total exports.</summary>
    public double? Rca { get; init; }

    /// <summary>Why <see cref="Rca"/> is null.</summary>
    public string? RcaReason { get; init; }

    /// <summary>Caveats carried from the source (truncation, units, partial coverage).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when computed.</summary>
    public bool HasData => Status == IndicatorStatus.Computed;
}
