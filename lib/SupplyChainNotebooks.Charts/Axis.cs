namespace SupplyChainNotebooks.Charts;

/// <summary>
/// An axis (or colour-bar) title with its unit — every chart helper requires one per axis so that no chart leaves its
/// units implicit. Shown as "Label (unit)".
/// </summary>
/// <param name="Label">What is measured, e.g. "PTF of CHN".</param>
/// <param name="Unit">Its unit, e.g. "expected appearances per route", "share of final-product value", "M USD".</param>
public sealed record Axis(string Label, string Unit)
{
    /// <summary>"Label (unit)".</summary>
    public string Title => $"{Label} ({Unit})";

    /// <summary>Checks that label and unit are given.</summary>
    /// <exception cref="ArgumentException">Empty label or unit.</exception>
    public Axis Validated(string role)
    {
        if (string.IsNullOrWhiteSpace(Label)) throw new ArgumentException($"the {role} axis needs a label");
        if (string.IsNullOrWhiteSpace(Unit)) throw new ArgumentException($"the {role} axis '{Label}' needs a unit");
        return this;
    }
}
