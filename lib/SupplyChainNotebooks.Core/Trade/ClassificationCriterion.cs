namespace SupplyChainNotebooks.Trade;

/// <summary>One test of the rule with the number behind it.</summary>
/// <param name="Flag">"O" (offensive) or "D" (defensive).</param>
/// <param name="Indicator">Indicator name (e.g. "worldExportShare").</param>
/// <param name="Value">The value tested, or null when undefined.</param>
/// <param name="Comparison">"≥" or "&gt;".</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Met">True/false, or null when the value is undefined and the test cannot be made.</param>
/// <param name="Note">Why the value is undefined or how it was treated.</param>
public sealed record ClassificationCriterion(string Flag, string Indicator, double? Value, string Comparison, double Threshold, bool? Met, string? Note = null);
