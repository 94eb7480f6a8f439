namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// One sink (final producer) of a per-sink ranking: the source-set aggregate PTF_{S→j}(R) and its companions. Null =
/// undefined (no route, or no pair with positive weight), shown "n/a", never 0.
/// </summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Configuration">Configuration id (e.g. <c>K-A KOR</c>, <c>K-B</c>).</param>
/// <param name="Risk">Risk region expression R.</param>
/// <param name="Source">Source-set expression S.</param>
/// <param name="Sink">Sink node label j.</param>
/// <param name="SinkCountry">Country of the sink.</param>
/// <param name="SinkIndustry">Industry code of the sink.</param>
/// <param name="Sector">KIEP (ADB MRIO) sector key(s) of the sink industry, <c>;</c>-separated, or null when none of the
/// chapter's sectors covers it.</param>
/// <param name="Rank">1 = highest PTF among the sinks compared; null when PTF is undefined.</param>
/// <param name="Ptf">Aggregate PTF_{S→j}(R): expected appearances of R's nodes on the S → j routes (weighting as ranked).</param>
/// <param name="Rptf">Relative PTF = PTF / mean PTF over the ranked sinks (methodology §1.6; &gt; 1 = above average).</param>
/// <param name="Theta">Touch share θ (weighted): share of the S → j value-added flow that passes R at least once.</param>
/// <param name="Kappa">κ = PTF / θ: appearances of R given R is touched.</param>
/// <param name="Phi">Appearance share φ: R's share of all node appearances on the routes.</param>
/// <param name="Apl">Weighted average propagation length.</param>
/// <param name="Vs">VS_j(R): value-added share of R in j's final product (all sources, v = primary-input coefficients).</param>
/// <param name="TivaFlowMusd">Σ_i v_i b_ij y_j over the pairs used (M USD).</param>
/// <param name="PairsUsed">Source–sink pairs that entered the aggregate (after the TiVA filter).</param>
/// <param name="SinkInRisk">True when the sink is itself a node of R (only kept when asked; inclusive PTF then counts it).</param>
public sealed record SinkRankingRow(
    string Dataset,
    int? Year,
    string Configuration,
    string Risk,
    string Source,
    string Sink,
    string SinkCountry,
    string SinkIndustry,
    string? Sector,
    int? Rank,
    double? Ptf,
    double? Rptf,
    double? Theta,
    double? Kappa,
    double? Phi,
    double? Apl,
    double? Vs,
    double TivaFlowMusd,
    int PairsUsed,
    bool SinkInRisk);
