namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>One specified critical product as a table row (the study's framing, generated from the records).</summary>
/// <param name="Number">Product number 1–16.</param>
/// <param name="Product">English name.</param>
/// <param name="NameJa">Japanese name.</param>
/// <param name="Ministry">Competent ministry, or null when the sources do not settle it.</param>
/// <param name="Designated">Designation date (YYYY-MM-DD or YYYY-MM).</param>
/// <param name="Status">"designated" or "announced".</param>
/// <param name="HsHeadings">Distinct HS 4-digit headings of the product's HS6 codes with the code count, or "none".</param>
/// <param name="HsEdition">Edition of the codes (HS2017).</param>
/// <param name="Measures">Stated measures.</param>
/// <param name="Targets">Stated targets, or null.</param>
/// <param name="Prior">The study's grouping as a prior ("offensive", "defensive"), or null when none is given.</param>
/// <param name="Confidence">How certain the record is.</param>
/// <param name="Source">Main source URL.</param>
public sealed record SpecifiedProductRow(int Number, string Product, string NameJa, string? Ministry, string Designated, string Status,
    string HsHeadings, string HsEdition, string Measures, string? Targets, string? Prior, string Confidence, string Source);

/// <summary>Whether the trade data cover one item of a specified product, and if not why and how to fill the gap.</summary>
/// <param name="Item">Trade item id.</param>
/// <param name="Products">Specified product number(s) the item belongs to.</param>
/// <param name="Hs6">HS6 codes of the item ('+'-joined; by heading beyond a few codes; "none" without a code).</param>
/// <param name="HsEdition">Edition of the codes.</param>
/// <param name="Scope">exact, proxy, broad or none: how well the codes match the item.</param>
/// <param name="Status">"covered", "partial" (some codes missing) or "no data" — never zeros.</param>
/// <param name="Reason">Why there is no (complete) data, or null when covered.</param>
/// <param name="FillWith">What fills the gap (the official BACI file), or why nothing can; null when covered.</param>
/// <param name="JapanCustomsGroup">MOF customs group that gives Japan's JPY partner shares instead, or null.</param>
public sealed record ItemCoverage(string Item, string Products, string Hs6, string? HsEdition, string Scope, string Status, string? Reason, string? FillWith,
    string? JapanCustomsGroup);

/// <summary>The coverage of every trade item of the specified products in one year.</summary>
/// <param name="Year">Year.</param>
/// <param name="Source">Source consulted (file and units).</param>
/// <param name="Rows">One row per item, in list order.</param>
/// <param name="HowToFill">Step-by-step instructions to fill the gaps with the official BACI download, or null when nothing is missing.</param>
public sealed record CoverageTable(int Year, string Source, IReadOnlyList<ItemCoverage> Rows, string? HowToFill)
{
    /// <summary>Rows with numbers (covered or partial).</summary>
    public IReadOnlyList<ItemCoverage> WithData => Rows.Where(r => r.Status != ItemCoverageStatus.NoData).ToArray();

    /// <summary>Rows without data.</summary>
    public IReadOnlyList<ItemCoverage> NoData => Rows.Where(r => r.Status == ItemCoverageStatus.NoData).ToArray();
}

/// <summary>Values of <see cref="ItemCoverage.Status"/>.</summary>
public static class ItemCoverageStatus
{
    /// <summary>Every HS6 code of the item is in the source.</summary>
    public const string Covered = "covered";

    /// <summary>Some codes are in the source; values are summed over those only.</summary>
    public const string Partial = "partial";

    /// <summary>The source does not cover the item.</summary>
    public const string NoData = "no data";
}

/// <summary>The §4.2 indicators of one reporter × item as a table row (shares 0–1, values in million USD).</summary>
/// <param name="Reporter">Importer, ISO3.</param>
/// <param name="Item">Trade item id.</param>
/// <param name="Hs6">HS6 codes summed.</param>
/// <param name="ImportsMusd">Imports M, million USD.</param>
/// <param name="Partners">Suppliers with positive imports.</param>
/// <param name="TopPartners">Partner shares (I1) of the largest suppliers, e.g. "CHN 0.874 · PHL 0.067 · DEU 0.021".</param>
/// <param name="Top1Partner">Largest supplier.</param>
/// <param name="Top1Share">Its share (I2).</param>
/// <param name="ChinaShare">China's share (I3).</param>
/// <param name="ImportHhi">Import HHI (I4, 0–1).</param>
/// <param name="ExportsMusd">Exports X, million USD.</param>
/// <param name="ImportExportRatio">M/X (I5); 9999 when X = 0 (GeoDep convention, see <paramref name="RatioCapped"/>).</param>
/// <param name="RatioCapped">True when M/X is the 9999 stand-in.</param>
/// <param name="WorldExportShare">Reporter's world export share (I11).</param>
/// <param name="WorldExportHhi">World export HHI (I9).</param>
/// <param name="Rca">RCA (I11), null without every country's total exports (the reason: <see cref="ChapterFindings.RcaReasons"/>).</param>
/// <param name="DefensivePersistent">D held in ≥ 2 of the years t−2…t (I10), computed on the truncated top flows.</param>
/// <param name="OffensivePersistent">O held in ≥ 2 of the years t−2…t, computed on the truncated top flows.</param>
public sealed record IndicatorRow(string Reporter, string Item, string Hs6, double? ImportsMusd, int? Partners, string TopPartners, string? Top1Partner,
    double? Top1Share, double? ChinaShare, double? ImportHhi, double? ExportsMusd, double? ImportExportRatio, bool RatioCapped,
    double? WorldExportShare, double? WorldExportHhi, double? Rca, bool? DefensivePersistent, bool? OffensivePersistent);

/// <summary>The rule's result for one item: class, flags, the numbers tested and the prior.</summary>
/// <param name="Reporter">Reporter.</param>
/// <param name="Item">Trade item id.</param>
/// <param name="Class">offensive, defensive, both, monitor, undetermined or no data.</param>
/// <param name="Offensive">O flag.</param>
/// <param name="Defensive">D flag.</param>
/// <param name="WorldExportShare">W (O test).</param>
/// <param name="Rca">RCA (O test with world export HHI), null without a full BACI file.</param>
/// <param name="Top1Share">Top-1 share (D test).</param>
/// <param name="ImportHhi">Import HHI (D test).</param>
/// <param name="ImportExportRatio">M/X (D test).</param>
/// <param name="Tests">Every test with its number, threshold and outcome.</param>
/// <param name="Prior">The study's prior for the item's product(s), or null.</param>
public sealed record ClassificationRow(string Reporter, string Item, string Class, bool? Offensive, bool? Defensive, double? WorldExportShare, double? Rca,
    double? Top1Share, double? ImportHhi, double? ImportExportRatio, string Tests, string? Prior);

/// <summary>The rule against the study's prior for one trade item of one specified product.</summary>
/// <param name="Product">Product number.</param>
/// <param name="ProductName">Its English name.</param>
/// <param name="Prior">offensive, defensive or null.</param>
/// <param name="Item">Trade item id.</param>
/// <param name="Class">The rule's class.</param>
/// <param name="Offensive">O flag.</param>
/// <param name="Defensive">D flag.</param>
/// <param name="Agrees">True, false, or null when it cannot be judged.</param>
/// <param name="Reason">Why, with the numbers.</param>
public sealed record PriorRow(int Product, string ProductName, string? Prior, string Item, string Class, bool? Offensive, bool? Defensive, bool? Agrees, string Reason);

/// <summary>Japan's trade in one MOF customs commodity group (values in billion JPY, never converted).</summary>
/// <param name="Group">MOF commodity group.</param>
/// <param name="Items">Trade items it approximates.</param>
/// <param name="ImportsJpyBn">Japan's imports (published Grand Total), billion JPY; null when the extract has none.</param>
/// <param name="ExportsJpyBn">Japan's exports, billion JPY.</param>
/// <param name="Partners">Listed supplier countries with positive imports.</param>
/// <param name="Top1Partner">Largest supplier.</param>
/// <param name="Top1Share">Its share of the Grand Total.</param>
/// <param name="ChinaShare">China's share.</param>
/// <param name="ImportHhi">HHI over the listed countries' shares of the Grand Total.</param>
/// <param name="ImportExportRatio">M/X.</param>
/// <param name="ListedCoverage">Share of the Grand Total the listed countries account for.</param>
/// <param name="Reason">Why imports are missing, or null.</param>
public sealed record CustomsGroupRow(string Group, string Items, double? ImportsJpyBn, double? ExportsJpyBn, int? Partners, string? Top1Partner,
    double? Top1Share, double? ChinaShare, double? ImportHhi, double? ImportExportRatio, double? ListedCoverage, string? Reason);

/// <summary>One partner's share of Japan's imports of a customs group in one year.</summary>
/// <param name="Group">MOF commodity group.</param>
/// <param name="Partner">Supplier, ISO3.</param>
/// <param name="Year">Year.</param>
/// <param name="Share">Share of the group's Grand Total imports (0–1), null when Japan imported none that year.</param>
/// <param name="ImportsJpyBn">Imports from the partner, billion JPY.</param>
public sealed record CustomsPartnerPoint(string Group, string Partner, int Year, double? Share, double? ImportsJpyBn);

/// <summary>Products designated (or announced) together.</summary>
/// <param name="Date">Date, YYYY-MM-DD or YYYY-MM.</param>
/// <param name="Status">"designated" or "announced".</param>
/// <param name="Event">The act.</param>
/// <param name="Products">English names, by number.</param>
public sealed record DesignationWave(string Date, string Status, string Event, IReadOnlyList<string> Products);
