namespace SupplyChainNotebooks.Trade;

/// <summary>Whether an item's indicators could be computed from the data.</summary>
public enum IndicatorStatus
{
    /// <summary>Computed (possibly on part of the item's codes; see <see cref="ItemIndicators.ProductsMissing"/>).</summary>
    Computed,

    /// <summary>The source does not cover the item or the year: every number is null, never zero; the reason says why.</summary>
    NoData,
}
