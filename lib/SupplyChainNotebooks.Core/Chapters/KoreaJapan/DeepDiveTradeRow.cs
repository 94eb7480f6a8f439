using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// One trade item of a deep-dive sector for one reporter: chapter 4's indicators and class (computed by
/// <c>CriticalProductsChapter.Classification</c> for chapter 4's items, by <c>ItemAnalysis</c> for leftover codes), or
/// "no data" with the reason and how to fill it — never a zero.
/// </summary>
/// <param name="SectorId">Sector id.</param>
/// <param name="ItemRef">Specified-product id (jp-spec-NN).</param>
/// <param name="TradeItemId">Chapter 4 trade item id (or the ad-hoc id of leftover codes).</param>
/// <param name="TradeItemName">Its name.</param>
/// <param name="Reporter">Importing country.</param>
/// <param name="Year">Trade year.</param>
/// <param name="Status">"HS6" (partner-level HS6 data), "JPY proxy" (Japan's customs group) or "no data".</param>
/// <param name="Basis">What the numbers rest on: "HS6 …" codes used, or the customs group.</param>
/// <param name="DatasetId">Catalog id of the source read.</param>
/// <param name="Unit">Currency of the values (USD, JPY), or null without data.</param>
/// <param name="Imports">Imports in <paramref name="Unit"/>.</param>
/// <param name="ChinaShare">China's share of imports (0–1).</param>
/// <param name="Top1Partner">Largest supplier.</param>
/// <param name="Top1Share">Its share (0–1).</param>
/// <param name="ImportHhi">Import HHI (0–1).</param>
/// <param name="WorldExportShare">The reporter's share of world exports of the item (0–1), null for reporter-only sources.</param>
/// <param name="Offensive">O flag (choke-point strength), null when not evaluable.</param>
/// <param name="Defensive">D flag (dependence), null when not evaluable.</param>
/// <param name="Class">Class of chapter 4's rule (offensive, defensive, both, monitor, undetermined, no data).</param>
/// <param name="Reason">Why there is no data (or why it is only a proxy), or null.</param>
/// <param name="HowToFill">What a user with the full data does, or null.</param>
/// <param name="Classification">Chapter 4's full result (criteria, thresholds, notes).</param>
public sealed record DeepDiveTradeRow(
    string SectorId,
    string ItemRef,
    string TradeItemId,
    string TradeItemName,
    string Reporter,
    int Year,
    string Status,
    string Basis,
    string DatasetId,
    string? Unit,
    double? Imports,
    double? ChinaShare,
    string? Top1Partner,
    double? Top1Share,
    double? ImportHhi,
    double? WorldExportShare,
    bool? Offensive,
    bool? Defensive,
    string Class,
    string? Reason,
    string? HowToFill,
    ItemClassification Classification)
{
    /// <summary>Status of partner-level HS6 data.</summary>
    public const string Hs6Status = "HS6";

    /// <summary>Status of Japan's yen-valued customs-group proxy.</summary>
    public const string ProxyStatus = "JPY proxy";

    /// <summary>Status when nothing usable exists.</summary>
    public const string NoDataStatus = "no data";

    /// <summary>True when numbers exist (HS6 or proxy).</summary>
    public bool HasData => Status != NoDataStatus;
}
