namespace SupplyChainNotebooks.Model;

/// <summary>One final-demand column: the destination (consuming) country and the category (HFCE, GFCF, CONS_h, …).</summary>
/// <param name="Country">Destination country code.</param>
/// <param name="Category">Final-demand category code as written in the table.</param>
public readonly record struct FinalDemandColumn(string Country, string Category)
{
    /// <summary>The column label as written in the table.</summary>
    public string Label => $"{Country}_{Category}";

    /// <inheritdoc />
    public override string ToString() => Label;
}
