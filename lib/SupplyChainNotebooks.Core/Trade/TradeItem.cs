namespace SupplyChainNotebooks.Trade;

/// <summary>
/// A trade item: a named set of HS6 codes whose values are summed before any share is computed (methodology §4.2),
/// with the Japanese specified critical products it belongs to and, where one exists, the MOF customs commodity group
/// that approximates it in Japan's own statistics (JPY).
/// </summary>
/// <param name="Id">Stable id used by <c>--item</c> (e.g. <c>permanent-magnets</c>).</param>
/// <param name="Name">Readable name.</param>
/// <param name="Hs6">HS6 codes (may be empty for services or goods without a code).</param>
/// <param name="HsEdition">Edition of the codes (HS2017), or null.</param>
/// <param name="SpecifiedProducts">Numbers (1–16) of Japan's specified critical products the item belongs to.</param>
/// <param name="CustomsGroup">MOF commodity group of Japan's customs statistics, or null.</param>
/// <param name="Scope">exact, proxy, broad or none: how well the codes match the item.</param>
/// <param name="Basis">Where the mapping comes from.</param>
/// <param name="Note">Caveat.</param>
/// <param name="SourceUrl">Source of the code definitions.</param>
public sealed record TradeItem(
    string Id,
    string Name,
    IReadOnlyList<string> Hs6,
    string? HsEdition,
    IReadOnlyList<int> SpecifiedProducts,
    string? CustomsGroup,
    string Scope,
    string Basis,
    string Note,
    string SourceUrl)
{
    /// <summary>An ad-hoc item from a space- or comma-separated list of HS6 codes (e.g. a notebook parameter).</summary>
    /// <exception cref="Errors.InvalidExpressionException">A code is not six digits.</exception>
    public static TradeItem FromHs6(string id, string codes)
    {
        var list = codes.Split([' ', ',', '+', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0) throw new Errors.InvalidExpressionException(codes, "no HS6 code given");
        foreach (var c in list)
            if (c.Length != 6 || !c.All(char.IsAsciiDigit)) throw new Errors.InvalidExpressionException(codes, $"'{c}' is not an HS6 code (six digits)");
        return new TradeItem(id, $"HS {string.Join("+", list)}", list.Distinct().ToArray(), "HS2017", [], null, "user", "user-defined", "", "");
    }

    /// <summary>The product codes of this item in a product scheme (HS6 codes, or the customs group).</summary>
    public IReadOnlyList<string> ProductsIn(ProductScheme scheme) =>
        scheme == ProductScheme.Hs6 ? Hs6 : CustomsGroup is { } g ? [g] : [];

    /// <summary>The HS6 codes joined with '+', or "none".</summary>
    public string Hs6Text => Hs6.Count == 0 ? "none" : string.Join("+", Hs6);
}
