using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>An item × reporter × year the data do not cover, with the reason and how a user fills it (never drawn as 0).</summary>
/// <param name="ItemId">Item.</param>
/// <param name="Reporter">Reporter.</param>
/// <param name="Year">Year.</param>
/// <param name="Reason">Why there is no data.</param>
/// <param name="HowToFill">How a user with the official BACI download fills it, or null.</param>
public sealed record DataGap(string ItemId, string Reporter, int Year, string Reason, string? HowToFill);

/// <summary>One cell of the concentration matrix (items × KOR/JPN): import HHI and China share, with the top supplier.</summary>
/// <param name="ItemId">Item id.</param>
/// <param name="ItemName">Item name.</param>
/// <param name="Reporter">Importer, ISO3.</param>
/// <param name="Year">Year.</param>
/// <param name="HasData">False for "no data" cells (all numbers null).</param>
/// <param name="ImportHhi">Import HHI (0–1).</param>
/// <param name="ChinaShare">China's share of imports (0–1).</param>
/// <param name="Top1Partner">Largest supplier.</param>
/// <param name="Top1Share">Its share.</param>
/// <param name="Imports">Imports in <paramref name="Unit"/>.</param>
/// <param name="Unit">"USD" (BACI) or "JPY" (Japan's customs group).</param>
/// <param name="Basis">"HS6 …" or "customs group …": what the numbers are computed on.</param>
/// <param name="Reason">Why there is no data, or null.</param>
public sealed record ConcentrationCell(string ItemId, string ItemName, string Reporter, int Year, bool HasData, double? ImportHhi, double? ChinaShare,
    string? Top1Partner, double? Top1Share, double? Imports, string Unit, string Basis, string? Reason);

/// <summary>One segment of a partner-share stacked bar (one bar per item × reporter).</summary>
/// <param name="ItemId">Item id.</param>
/// <param name="ItemName">Item name.</param>
/// <param name="Reporter">Importer.</param>
/// <param name="Year">Year.</param>
/// <param name="Rank">1 = largest supplier; the "Other" segment comes last.</param>
/// <param name="Partner">Supplier ISO3, or "Other" for the rest.</param>
/// <param name="Share">Share of imports (0–1); the segments of a bar sum to the listed-partner coverage (1 for BACI).</param>
/// <param name="Value">Imports from the partner in <paramref name="Unit"/>.</param>
/// <param name="Unit">"USD" or "JPY".</param>
public sealed record PartnerShareBar(string ItemId, string ItemName, string Reporter, int Year, int Rank, string Partner, double Share, double Value, string Unit);

/// <summary>Segments of the partner-share bars and the items without data.</summary>
/// <param name="Year">Year.</param>
/// <param name="Bars">Segments, item by item.</param>
/// <param name="Gaps">Item × reporter pairs without data.</param>
public sealed record PartnerShareChartData(int Year, IReadOnlyList<PartnerShareBar> Bars, IReadOnlyList<DataGap> Gaps);

/// <summary>One item in the offensive–defensive quadrant of a reporter.</summary>
/// <param name="ItemId">Item id.</param>
/// <param name="ItemName">Item name.</param>
/// <param name="WorldExportShare">x: the reporter's world export share (0–1).</param>
/// <param name="ImportHhi">y: import concentration (HHI, 0–1).</param>
/// <param name="Top1Share">Top supplier's share.</param>
/// <param name="Class">Rule class.</param>
/// <param name="Offensive">O flag.</param>
/// <param name="Defensive">D flag.</param>
/// <param name="PriorGroup">The study's prior for the item's specified product(s), when unambiguous.</param>
public sealed record QuadrantPoint(string ItemId, string ItemName, double WorldExportShare, double ImportHhi, double? Top1Share, ItemClass Class,
    bool? Offensive, bool? Defensive, PriorGroup? PriorGroup);

/// <summary>The offensive–defensive quadrant: world export share (x) against import HHI (y), with the rule's thresholds as guide lines.</summary>
/// <param name="Reporter">Reporter.</param>
/// <param name="Year">Year.</param>
/// <param name="Points">Items with both numbers.</param>
/// <param name="WorldExportShareThreshold">Vertical guide (O threshold, default 0.20).</param>
/// <param name="ImportHhiThreshold">Horizontal guide (D threshold on HHI, default 0.4).</param>
/// <param name="Gaps">Items without the numbers.</param>
/// <param name="Note">Caveat to print with the chart (e.g. RCA not used).</param>
public sealed record QuadrantChartData(string Reporter, int Year, IReadOnlyList<QuadrantPoint> Points, double WorldExportShareThreshold, double ImportHhiThreshold,
    IReadOnlyList<DataGap> Gaps, string Note);

/// <summary>China's share of a reporter's imports of an item in one year (time-series point).</summary>
/// <param name="ItemId">Item id.</param>
/// <param name="ItemName">Item name.</param>
/// <param name="Reporter">Importer.</param>
/// <param name="Year">Year.</param>
/// <param name="ChinaShare">China's share (0–1), null without imports.</param>
/// <param name="ImportsUsd">Imports in USD (top flows only).</param>
/// <param name="HsEdition">HS edition of the year's codes (HS2002 before 2017, HS2017 after).</param>
public sealed record ChinaSharePoint(string ItemId, string ItemName, string Reporter, int Year, double? ChinaShare, double? ImportsUsd, string? HsEdition);

/// <summary>China-share time series from the top-flows file.</summary>
/// <param name="Points">Points, item × reporter × year.</param>
/// <param name="Label">"computed on truncated data (top flows ≈ 99 % of value)".</param>
/// <param name="Gaps">Item × reporter pairs without any data in the file.</param>
public sealed record ChinaShareChartData(IReadOnlyList<ChinaSharePoint> Points, string Label, IReadOnlyList<DataGap> Gaps);

/// <summary>The rule's verdict for one trade item of a specified product, compared with the study's prior grouping.</summary>
/// <param name="ProductNumber">Specified product number (1–16).</param>
/// <param name="ProductName">Its English name.</param>
/// <param name="PriorGroup">The prior, or null (items 13–16).</param>
/// <param name="ItemId">Trade item.</param>
/// <param name="Classification">The rule's result (flags, numbers, class).</param>
/// <param name="Agrees">True when the flag matching the prior holds, false when it does not, null when it cannot be judged.</param>
/// <param name="Reason">Why, with the numbers.</param>
public sealed record PriorComparison(int ProductNumber, string ProductName, PriorGroup? PriorGroup, string ItemId, ItemClassification Classification, bool? Agrees, string Reason);
