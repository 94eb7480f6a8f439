namespace SupplyChainNotebooks.Trade;

/// <summary>One supplier of a reporter's imports of an item (methodology §4.2 I1).</summary>
/// <param name="Partner">Exporter, ISO3.</param>
/// <param name="Value">Imports from the partner, in the indicator's unit (USD or JPY).</param>
/// <param name="Share">Share of the reporter's imports of the item, 0–1.</param>
public sealed record PartnerShare(string Partner, double Value, double Share);
