using System.Collections.Immutable;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// One row of <c>data/sectors/kiep_sectors.csv</c>: the industries of one dataset that stand for one KIEP (ADB MRIO)
/// sector.
/// </summary>
/// <param name="Dataset">Catalog dataset id (e.g. <c>wiod2013</c>, <c>icio2023</c>).</param>
/// <param name="Sector">KIEP sector key = ADB MRIO code, e.g. <c>c14</c> (electrical and optical equipment).</param>
/// <param name="SectorName">ADB MRIO sector name.</param>
/// <param name="Industries">Industry codes as written in the dataset's table labels (after the country and underscore).</param>
/// <param name="Aliases">The same industries in the publisher's alternative spelling (e.g. ICIO 2021 <c>D26</c> for <c>26</c>);
/// used when a table carries those instead. Empty when there is none.</param>
/// <param name="Coverage"><c>exact</c> (same content), <c>approximate</c> (ISIC Rev.4 codes approximating the ISIC Rev.3
/// sector) or <c>coarser</c> (the dataset's industry also holds other KIEP sectors, e.g. LR-WIOD <c>LtQ</c>).</param>
/// <param name="Note">What differs, in words.</param>
public sealed record KiepSectorEntry(
    string Dataset,
    string Sector,
    string SectorName,
    ImmutableArray<string> Industries,
    ImmutableArray<string> Aliases,
    string Coverage,
    string Note)
{
    /// <summary>True when the dataset's industries also hold other KIEP sectors.</summary>
    public bool IsCoarser => string.Equals(Coverage, "coarser", StringComparison.OrdinalIgnoreCase);
}
