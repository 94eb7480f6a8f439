namespace SupplyChainNotebooks.Trade;

/// <summary>What the product code of a flow is.</summary>
public enum ProductScheme
{
    /// <summary>A six-digit Harmonized System subheading (the edition is recorded per year by the flow set).</summary>
    Hs6,

    /// <summary>A commodity group of the Japanese Ministry of Finance "principal commodities" list (e.g. <c>(Ic)</c>).</summary>
    JapanCustomsGroup,
}
