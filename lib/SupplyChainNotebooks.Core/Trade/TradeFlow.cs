namespace SupplyChainNotebooks.Trade;

/// <summary>
/// One bilateral flow: exporter → importer, one product, one year. Tidy and immutable: every reader produces this
/// record whatever its source layout.
/// </summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Exporter">Exporter, ISO3 (Taiwan normalised to <c>TWN</c>, see <see cref="CountryCodes.Taiwan"/>).</param>
/// <param name="Importer">Importer, ISO3.</param>
/// <param name="Product">HS6 code (six digits) or, for Japan's customs statistics, the MOF commodity group.</param>
/// <param name="Material">Material label of the source (atlas layouts), or null.</param>
/// <param name="Value">Trade value in whole units of <paramref name="Unit"/> (USD or JPY).</param>
/// <param name="Unit">Currency of <paramref name="Value"/>.</param>
/// <param name="QuantityTonnes">Quantity in metric tonnes, or null when the layout has none or the cell is empty.</param>
/// <param name="Layout">Source layout.</param>
public sealed record TradeFlow(
    int Year,
    string Exporter,
    string Importer,
    string Product,
    string? Material,
    double Value,
    TradeValueUnit Unit,
    double? QuantityTonnes,
    TradeLayout Layout)
{
    /// <summary>The value in USD, or null when the flow is in another currency.</summary>
    public double? ValueUsd => Unit == TradeValueUnit.Usd ? Value : null;

    /// <summary>The value in JPY, or null when the flow is in another currency.</summary>
    public double? ValueJpy => Unit == TradeValueUnit.Jpy ? Value : null;
}
