namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// Indicators of a source set S → sink set T for a risk region R, each pair indicator averaged with the same weights
/// (methodology §1.5). <see cref="TivaFlowMusd"/> is the sum over the pairs used.
/// </summary>
/// <param name="Source">Source-set expression.</param>
/// <param name="Sink">Sink-set expression.</param>
/// <param name="Risk">Risk-region expression.</param>
/// <param name="Weighting">How pairs were combined.</param>
/// <param name="Convention">Endpoint convention.</param>
/// <param name="Ptf">Aggregate PTF (null if no pair had a defined PTF and positive weight).</param>
/// <param name="Theta">Weighted θ (share of the S→T flow touching R when weights are TiVA).</param>
/// <param name="Kappa">Ptf / Theta.</param>
/// <param name="Phi">Ptf / weighted total appearances.</param>
/// <param name="Apl">Weighted average propagation length.</param>
/// <param name="Vs">VS_T(R): value-added share of R in T's final products (final-demand weighted over T).</param>
/// <param name="TivaFlowMusd">Σ f_ij over the pairs used (M USD).</param>
/// <param name="PairsUsed">Pairs that entered the average.</param>
/// <param name="PairsExcluded">Pairs left out (i = j, no route, non-positive TiVA weight, filters).</param>
public sealed record SetAggregate(
    string Source,
    string Sink,
    string Risk,
    AggregateWeighting Weighting,
    EndpointConvention Convention,
    double? Ptf,
    double? Theta,
    double? Kappa,
    double? Phi,
    double? Apl,
    double? Vs,
    double TivaFlowMusd,
    int PairsUsed,
    int PairsExcluded);
