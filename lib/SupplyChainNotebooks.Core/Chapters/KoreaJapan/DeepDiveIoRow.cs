namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// One IO industry of a deep-dive sector in one country, with chapter 3's K-A numbers for it (sources = mining of the
/// raw-material exporters, sink = the industry's final products, R = the risk region): taken from
/// <c>PtfRiskStudy.KA(country)</c>, never recomputed here. Undefined numbers are null ("n/a"); a row without numbers says why.
/// </summary>
/// <param name="SectorId">Sector id.</param>
/// <param name="Country">Final producer's country.</param>
/// <param name="Role">core, upstream or processing.</param>
/// <param name="Industry">Industry label of the dataset (after COUNTRY_).</param>
/// <param name="Sink">Node label (e.g. KOR_C30T33), or null when the table lacks it.</param>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Risk">Risk region expression R.</param>
/// <param name="Rank">Rank among the country's sinks by PTF (1 = most frequent passage through R), or null.</param>
/// <param name="SinksRanked">Sinks ranked in the country's K-A ranking.</param>
/// <param name="Ptf">PTF_{S→j}(R): expected appearances of R on the S → j routes (TiVA-weighted).</param>
/// <param name="Rptf">PTF relative to the mean over the country's sinks (&gt; 1 = above average).</param>
/// <param name="Vs">VS_j(R): R's share of the value added in j's final product (0–1).</param>
/// <param name="Phi">φ: R's share of the node appearances on the routes (0–1).</param>
/// <param name="Theta">θ: share of the S → j flow touching R at least once (0–1).</param>
/// <param name="TivaFlowMusd">TiVA flow from S into j (M USD).</param>
/// <param name="NoDataReason">Why the row has no numbers, or null.</param>
public sealed record DeepDiveIoRow(
    string SectorId,
    string Country,
    string Role,
    string Industry,
    string? Sink,
    string Dataset,
    int? Year,
    string Risk,
    int? Rank,
    int SinksRanked,
    double? Ptf,
    double? Rptf,
    double? Vs,
    double? Phi,
    double? Theta,
    double? TivaFlowMusd,
    string? NoDataReason)
{
    /// <summary>"C30T33 (core)".</summary>
    public string Label => $"{Industry} ({Role})";
}
