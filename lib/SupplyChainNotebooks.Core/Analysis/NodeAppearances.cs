namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// Expected appearances of each node (and each country) on the routes of one chain i → j (inclusive node PTF).
/// Values sum to 1 + APL_ij. Empty when there is no route.
/// </summary>
/// <param name="Source">Source node label.</param>
/// <param name="Sink">Sink node label.</param>
/// <param name="HasRoute">False when b_ij = 0 (all values are then 0 and meaningless).</param>
/// <param name="ByNode">Appearances per node label.</param>
/// <param name="ByCountry">Appearances per country (sum over its nodes).</param>
public sealed record NodeAppearances(
    string Source,
    string Sink,
    bool HasRoute,
    IReadOnlyDictionary<string, double> ByNode,
    IReadOnlyDictionary<string, double> ByCountry)
{
    /// <summary>Σ of all node appearances = (B²)_ij / b_ij = 1 + APL.</summary>
    public double Total => ByNode.Values.Sum();
}
