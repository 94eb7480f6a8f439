using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>
/// A node of a multi-regional table: one industry of one country. The text form is <c>CCC_IND</c>; it is split at the
/// FIRST underscore because industry codes may contain underscores (ICIO 2023 <c>AUS_A01_02</c>).
/// </summary>
/// <param name="Country">Country (region) code as written in the table, e.g. <c>KOR</c> or <c>RoW</c>.</param>
/// <param name="Industry">Industry code as written in the table, e.g. <c>C30T33</c> or <c>A01_02</c>.</param>
public readonly record struct NodeLabel(string Country, string Industry)
{
    /// <summary>The label as written in the table: country, underscore, industry.</summary>
    public string Label => $"{Country}_{Industry}";

    /// <inheritdoc />
    public override string ToString() => Label;

    /// <summary>Splits a label at its first underscore.</summary>
    /// <exception cref="InvalidExpressionException">The label has no underscore or an empty part.</exception>
    public static NodeLabel Parse(string label)
    {
        if (!TryParse(label, out var node))
            throw new InvalidExpressionException(label, "a node label is COUNTRY_INDUSTRY, e.g. KOR_C30T33");
        return node;
    }

    /// <summary>Splits a label at its first underscore; false if either part would be empty.</summary>
    public static bool TryParse(string label, out NodeLabel node)
    {
        var cut = label.IndexOf('_');
        if (cut <= 0 || cut == label.Length - 1)
        {
            node = default;
            return false;
        }
        node = new NodeLabel(label[..cut], label[(cut + 1)..]);
        return true;
    }

    /// <summary>True when both labels name the same node (country codes compared case-insensitively).</summary>
    public bool SameNode(NodeLabel other) =>
        string.Equals(Country, other.Country, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Industry, other.Industry, StringComparison.Ordinal);
}
