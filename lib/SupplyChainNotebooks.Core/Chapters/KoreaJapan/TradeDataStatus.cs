namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>Whether trade data for an item and reporter can be computed from the files in the data folder.</summary>
public enum TradeDataStatus
{
    /// <summary>HS6 partner-level flows are present.</summary>
    Available,

    /// <summary>Only a broader, non-HS product group (Japan's MOF statistics, in JPY) is present.</summary>
    ProxyOnly,

    /// <summary>Nothing usable: the row says why and how to fill it; never shown as zero.</summary>
    NoData,
}
