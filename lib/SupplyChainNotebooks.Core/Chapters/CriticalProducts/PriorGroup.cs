namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>
/// The study's purpose grouping of Japan's specified critical products, taken as a prior (methodology §4.1 [I]):
/// choke-point securing (offensive) or industrial competitiveness / autonomy (defensive).
/// </summary>
public enum PriorGroup
{
    /// <summary>Choke-point securing: Japan holds a strong position others depend on.</summary>
    Offensive,

    /// <summary>Industrial competitiveness / autonomy: Japan depends on others.</summary>
    Defensive,
}
