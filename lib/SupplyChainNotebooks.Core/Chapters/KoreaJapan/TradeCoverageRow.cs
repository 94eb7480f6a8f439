namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>Trade-data availability for one HS6 code (or one proxy group) of one sector item and reporter.</summary>
/// <param name="SectorId">Sector id.</param>
/// <param name="ItemId">Chapter 4 item id.</param>
/// <param name="Reporter">Importing country (KOR or JPN).</param>
/// <param name="Code">HS6 code, or the MOF group name for proxy rows.</param>
/// <param name="Source">Data source that was checked.</param>
/// <param name="Status">Available, proxy only or no data.</param>
/// <param name="Years">Years present (e.g. "2022, 2024"), or null when none.</param>
/// <param name="Unit">Currency of the source values (USD for BACI, JPY for the MOF statistics), or null when no data.</param>
/// <param name="Reason">Why data are missing or limited, or null when available.</param>
/// <param name="HowToFill">What a user with the full data does to fill the gap, or null when available.</param>
public sealed record TradeCoverageRow(
    string SectorId,
    string ItemId,
    string Reporter,
    string Code,
    string Source,
    TradeDataStatus Status,
    string? Years,
    string? Unit,
    string? Reason,
    string? HowToFill);
