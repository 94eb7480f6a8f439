namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>The computed headline of one deep-dive sector for prose and the chapter 6 synthesis (null = n/a).</summary>
/// <param name="SectorId">Sector id.</param>
/// <param name="Title">Sector title.</param>
/// <param name="CountryA">First country (KOR by default).</param>
/// <param name="CountryB">Second country (JPN by default).</param>
/// <param name="Dataset">MRIO dataset.</param>
/// <param name="Year">Table year.</param>
/// <param name="TradeYear">Trade year.</param>
/// <param name="CoreSinkA">Node of A's first core industry with a defined PTF.</param>
/// <param name="CorePtfA">Its PTF of the risk region (appearances).</param>
/// <param name="CoreVsA">Its VS of the risk region (0–1).</param>
/// <param name="CoreSinkB">Node of B's first core industry with a defined PTF.</param>
/// <param name="CorePtfB">Its PTF (appearances).</param>
/// <param name="CoreVsB">Its VS (0–1).</param>
/// <param name="TradeItems">Trade items of the sector.</param>
/// <param name="TradeItemsComparable">Items with China's share defined for both sides in the same unit.</param>
/// <param name="ChinaShareHigherA">Comparable items where China's share of A's imports is higher.</param>
/// <param name="ChinaShareHigherB">Comparable items where China's share of B's imports is higher.</param>
/// <param name="ChinaMajorityA">Items where China supplies at least half of A's imports.</param>
/// <param name="ChinaMajorityB">Items where China supplies at least half of B's imports.</param>
/// <param name="IoGaps">IO rows without numbers.</param>
/// <param name="TradeGaps">Trade rows without data.</param>
/// <param name="TradeProxies">Trade rows resting on Japan's JPY customs groups.</param>
public sealed record SectorComparisonSummary(
    string SectorId,
    string Title,
    string CountryA,
    string CountryB,
    string Dataset,
    int? Year,
    int TradeYear,
    string? CoreSinkA,
    double? CorePtfA,
    double? CoreVsA,
    string? CoreSinkB,
    double? CorePtfB,
    double? CoreVsB,
    int TradeItems,
    int TradeItemsComparable,
    int ChinaShareHigherA,
    int ChinaShareHigherB,
    int ChinaMajorityA,
    int ChinaMajorityB,
    int IoGaps,
    int TradeGaps,
    int TradeProxies)
{
    /// <summary>PTF of A's core over B's (null when either is undefined or B is 0).</summary>
    public double? CorePtfRatio => CorePtfA is { } a && CorePtfB is { } b && b > 0 ? a / b : null;
}
