namespace SupplyChainNotebooks.Trade;

/// <summary>The HS edition of a source's product codes over a span of years (e.g. BACI HS02 for 2002–2016).</summary>
/// <param name="FromYear">First year.</param>
/// <param name="ToYear">Last year.</param>
/// <param name="Edition">Edition, e.g. <c>HS2017</c>.</param>
public sealed record HsEditionSpan(int FromYear, int ToYear, string Edition);
