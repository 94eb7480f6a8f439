namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// One chain of the Korea–Japan manufacturing cross-link matrix (F5): a manufacturing industry of one country as
/// source, a manufacturing industry of the other as sink, and the chain's exposure to R. Null = undefined (no route).
/// </summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Risk">Risk region expression.</param>
/// <param name="Direction">e.g. <c>KOR→JPN</c>.</param>
/// <param name="Source">Source node label.</param>
/// <param name="Sink">Sink node label.</param>
/// <param name="SourceIndustry">Source industry code (heat-map row).</param>
/// <param name="SinkIndustry">Sink industry code (heat-map column).</param>
/// <param name="Ptf">PTF_ij(R).</param>
/// <param name="Theta">Touch share θ_ij(R).</param>
/// <param name="Phi">Appearance share φ_ij(R).</param>
/// <param name="Vs">VS_j(R) of the sink.</param>
/// <param name="TivaFlowMusd">v_i b_ij y_j (M USD).</param>
public sealed record CrossLinkCell(
    string Dataset,
    int? Year,
    string Risk,
    string Direction,
    string Source,
    string Sink,
    string SourceIndustry,
    string SinkIndustry,
    double? Ptf,
    double? Theta,
    double? Phi,
    double? Vs,
    double TivaFlowMusd);
