namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Currency of a trade value. Values are stored in whole currency units (US dollars, yen); readers scale the
/// published units (thousand USD, billion JPY) on reading and never convert one currency into another.
/// </summary>
public enum TradeValueUnit
{
    /// <summary>US dollars, current prices (BACI: reconciled CIF/FOB values).</summary>
    Usd,

    /// <summary>Japanese yen, current prices (Japan's customs statistics).</summary>
    Jpy,
}

/// <summary>Text forms of <see cref="TradeValueUnit"/>.</summary>
public static class TradeValueUnits
{
    /// <summary>"USD" or "JPY".</summary>
    public static string ToCode(this TradeValueUnit unit) => unit == TradeValueUnit.Usd ? "USD" : "JPY";
}
