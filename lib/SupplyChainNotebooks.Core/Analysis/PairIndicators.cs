namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// Frequency and volume indicators of one source → sink chain for one risk region R. Null means undefined ("n/a"):
/// e.g. no route (b_ij = 0) makes every frequency indicator null, never 0.
/// </summary>
/// <param name="Source">Source node label i (where value added originates).</param>
/// <param name="Sink">Sink node label j (the final-product producer).</param>
/// <param name="Risk">Risk-region expression R.</param>
/// <param name="Convention">Endpoint convention used for <paramref name="Ptf"/> and <paramref name="Phi"/>.</param>
/// <param name="LeontiefBij">b_ij, total route weight from i to j.</param>
/// <param name="Ptf">Pass-through frequency: expected appearances of R's nodes on i → j routes.</param>
/// <param name="Theta">Touch share θ: share of the i → j flow passing R at least once (1 when an endpoint is in R under
/// the inclusive convention; null for other conventions in that case).</param>
/// <param name="Kappa">Intensity κ = PTF / θ: appearances given R is touched.</param>
/// <param name="Phi">Appearance share φ: R's share of all node appearances on the routes (same convention).</param>
/// <param name="Apl">Average propagation length h_ij / (b_ij − δ_ij).</param>
/// <param name="Vs">Value-added share VS_j(R) = Σ_{k∈R} v_k b_kj of R in j's final product (v = primary-input coefficients).</param>
/// <param name="TivaFlowMusd">TiVA flow f_ij = v_i b_ij y_j, value added of i in j's final products (table unit, M USD).</param>
public sealed record PairIndicators(
    string Source,
    string Sink,
    string Risk,
    EndpointConvention Convention,
    double LeontiefBij,
    double? Ptf,
    double? Theta,
    double? Kappa,
    double? Phi,
    double? Apl,
    double? Vs,
    double TivaFlowMusd);
