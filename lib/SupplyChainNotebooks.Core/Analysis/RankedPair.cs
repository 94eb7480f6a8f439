namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// One source → sink node pair of a full-pair PTF ranking (methodology §3.2). PTF and the TiVA flow come from the
/// full-pair pass; θ, κ, φ, APL and VS are filled in for the listed pairs by the pair engine (null = undefined).
/// </summary>
/// <param name="Rank">1 = highest PTF among the pairs that pass the filters.</param>
/// <param name="Source">Source node label i (outside R).</param>
/// <param name="Sink">Sink node label j.</param>
/// <param name="Ptf">PTF_ij(R) under <see cref="FullPairOptions.Convention"/>.</param>
/// <param name="TivaFlowMusd">f_ij = v_i b_ij y_j (M USD).</param>
/// <param name="LeontiefBij">b_ij.</param>
/// <param name="SinkInRisk">True when the sink is a node of R (its inclusive PTF counts the sink itself).</param>
/// <param name="Theta">Touch share θ_ij(R) (null when an endpoint lies in R and the convention is not inclusive).</param>
/// <param name="Kappa">κ = PTF / θ.</param>
/// <param name="Phi">Appearance share φ_ij(R).</param>
/// <param name="Apl">Average propagation length.</param>
/// <param name="Vs">VS_j(R).</param>
public sealed record RankedPair(
    int Rank,
    string Source,
    string Sink,
    double Ptf,
    double TivaFlowMusd,
    double LeontiefBij,
    bool SinkInRisk,
    double? Theta,
    double? Kappa,
    double? Phi,
    double? Apl,
    double? Vs);
