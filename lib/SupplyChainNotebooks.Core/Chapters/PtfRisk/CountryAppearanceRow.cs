namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// Expected appearances of one country's industries on the routes from the source set into one sink (TiVA-weighted
/// inclusive node PTFs summed over the country): one segment of a stacked bar. The segments of a sink sum to the
/// weighted 1 + APL.
/// </summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Configuration">Configuration id.</param>
/// <param name="Source">Source-set expression.</param>
/// <param name="Sink">Sink label (or sink-set expression).</param>
/// <param name="Country">Country code, or <c>other</c> for merged small countries.</param>
/// <param name="Appearances">Expected appearances of the country's nodes (count per route, weighted).</param>
/// <param name="Share">Share of all appearances on these routes (0–1).</param>
/// <param name="IsRisk">True when the country is (part of) the risk region.</param>
public sealed record CountryAppearanceRow(
    string Dataset,
    int? Year,
    string Configuration,
    string Source,
    string Sink,
    string Country,
    double Appearances,
    double Share,
    bool IsRisk);
