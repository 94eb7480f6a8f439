namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>The outcome of one finding in one year (for a verdict-by-year table).</summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Year.</param>
/// <param name="Finding">F1…F5.</param>
/// <param name="Outcome">holds / partly holds / does not hold.</param>
/// <param name="Reason">The verdict's reason with its numbers.</param>
public sealed record YearVerdict(string Dataset, int Year, string Finding, string Outcome, string Reason);
