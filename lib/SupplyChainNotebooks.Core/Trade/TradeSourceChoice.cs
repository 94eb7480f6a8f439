namespace SupplyChainNotebooks.Trade;

/// <summary>Which trade source to use for a year.</summary>
public enum TradeSourceChoice
{
    /// <summary>The official BACI year file if present, else the BACI extract of that year (2022, 2024), else the top flows.</summary>
    Auto,

    /// <summary>The official BACI download (<c>baci-hs17</c>).</summary>
    Baci,

    /// <summary>The BACI extracts of the mirror (<c>baci-critical-2024</c>, <c>baci-critical-2022</c>).</summary>
    Extract,

    /// <summary>The atlas' top flows 2002–2024 (<c>baci-topflows</c>, truncated).</summary>
    TopFlows,

    /// <summary>Japan's customs statistics (<c>japan-customs</c>, JPY, Japan only).</summary>
    Customs,
}

/// <summary>Parsing of <see cref="TradeSourceChoice"/>.</summary>
public static class TradeSourceChoices
{
    /// <summary>auto | baci | extract | topflows | customs.</summary>
    /// <exception cref="Errors.UnknownLabelException">Anything else.</exception>
    public static TradeSourceChoice Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "auto" => TradeSourceChoice.Auto,
        "baci" => TradeSourceChoice.Baci,
        "extract" => TradeSourceChoice.Extract,
        "topflows" or "top-flows" => TradeSourceChoice.TopFlows,
        "customs" => TradeSourceChoice.Customs,
        _ => throw new Errors.UnknownLabelException("trade source", text, "--source", ["auto", "baci", "extract", "topflows", "customs"]),
    };

    /// <summary>Text form.</summary>
    public static string ToText(this TradeSourceChoice c) => c.ToString().ToLowerInvariant();
}
