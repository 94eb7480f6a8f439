using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// An IO-level target of a deep-dive: the node set whose PTF(risk) and VS(risk) chapter 3's library computes, and
/// whether the dataset year is in the data folder (if not: why, and how to get it).
/// </summary>
/// <param name="SectorId">Sector id.</param>
/// <param name="Country">Final producer's country (KOR or JPN).</param>
/// <param name="Role">core, upstream or processing.</param>
/// <param name="Dataset">MRIO dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="NodeExpression">Node-set expression for <c>NodeSet.Resolve</c> (e.g. "KOR:C26").</param>
/// <param name="Available">True when the dataset year is in a data folder.</param>
/// <param name="Reason">Why it is not available, or null.</param>
/// <param name="HowToFill">How to obtain it, or null.</param>
public sealed record DeepDiveIoTarget(
    string SectorId, string Country, string Role, string Dataset, int Year, string NodeExpression, bool Available, string? Reason, string? HowToFill);

/// <summary>
/// The data side of chapter 5's sector deep-dives, ready for the chapter 3 (PTF/VS) and chapter 4 (trade indicators)
/// joins: per sector, the IO node sets of KOR and JPN in the chosen dataset, and the trade coverage of its HS6 items with
/// "no data" rows that carry their reason. Nothing here is a value that could be mistaken for a measurement.
/// </summary>
/// <param name="Sector">The sector.</param>
/// <param name="IoTargets">IO node sets per country and role.</param>
/// <param name="Trade">Trade coverage rows per item, HS6 code and reporter.</param>
public sealed record SectorDeepDivePlan(Sector Sector, ImmutableArray<DeepDiveIoTarget> IoTargets, ImmutableArray<TradeCoverageRow> Trade)
{
    /// <summary>Builds the plan for one sector.</summary>
    /// <param name="sector">Sector from the mapping.</param>
    /// <param name="dataset">MRIO dataset id (one of <see cref="SectorMapping.Datasets"/>).</param>
    /// <param name="year">Table year.</param>
    /// <param name="coverage">Probed trade coverage.</param>
    /// <param name="catalog">Catalog; default the project's.</param>
    /// <param name="folders">Data folders; default the current ones.</param>
    /// <param name="countries">Countries compared; default KOR and JPN.</param>
    public static SectorDeepDivePlan Build(Sector sector, string dataset, int year, TradeCoverage coverage,
        DataCatalog? catalog = null, DataFolder? folders = null, IEnumerable<string>? countries = null)
    {
        catalog ??= DataCatalog.Default;
        var entry = catalog.Get(dataset);
        var present = catalog.AvailableYears(dataset, folders).Contains(year);
        var (reason, how) = present ? ((string?)null, (string?)null)
            : (entry.YearList.Contains(year) ? $"{dataset} {year} is not in the data folder" : $"{dataset} has no year {year} (covers {entry.Years})",
               DataCatalog.HowToObtain(entry));
        var list = countries?.ToArray() ?? ["KOR", "JPN"];
        var targets = from c in list
                      from g in sector.Io
                      let expr = g.NodeExpression(dataset, c)
                      where expr is not null
                      select new DeepDiveIoTarget(sector.Id, c, g.Role, dataset, year, expr, present, reason, how);
        return new SectorDeepDivePlan(sector, [.. targets], coverage.For(sector, list));
    }

    /// <summary>Trade rows that have no HS6 data, each with a reason.</summary>
    public IEnumerable<TradeCoverageRow> Gaps => Trade.Where(t => t.Status != TradeDataStatus.Available);

    /// <summary>Deedle frame of the trade coverage: Item, Reporter, Code, Status, Years, Unit, Reason, HowToFill ("" when not applicable).</summary>
    public Frame<int, string> TradeFrame() =>
        Frame.FromRecords(Trade.Select(t => new
        {
            Item = t.ItemId,
            t.Reporter,
            t.Code,
            Status = t.Status == TradeDataStatus.NoData ? "no data" : t.Status == TradeDataStatus.ProxyOnly ? "proxy only" : "available",
            Years = t.Years ?? "",
            Unit = t.Unit ?? "",
            Reason = t.Reason ?? "",
            HowToFill = t.HowToFill ?? "",
            t.Source,
        }));

    /// <summary>Deedle frame of the IO targets: Country, Role, Dataset, Year, Nodes, Available, Reason.</summary>
    public Frame<int, string> IoFrame() =>
        Frame.FromRecords(IoTargets.Select(t => new
        {
            t.Country,
            t.Role,
            t.Dataset,
            t.Year,
            Nodes = t.NodeExpression,
            t.Available,
            Reason = t.Reason ?? "",
        }));
}
