namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// One KIEP configuration as run on a table (methodology §1.9), for display next to results: which sources, sinks, risk
/// region, weights and filter produced a ranking.
/// </summary>
/// <param name="Id">K-A KOR, K-A JPN, K-B, K-C or K-D.</param>
/// <param name="Finding">The finding it tests (F1…F5).</param>
/// <param name="Description">What is ranked, in words.</param>
/// <param name="Sources">Source-set expression resolved for the table.</param>
/// <param name="Sinks">Sink set, in words or as an expression.</param>
/// <param name="Risk">Risk region expression.</param>
/// <param name="Weighting">Weights over the sources (CLI spelling).</param>
/// <param name="Convention">Endpoint convention (CLI spelling).</param>
/// <param name="MinTivaMusd">TiVA filter on the pairs (M USD).</param>
public sealed record KiepConfiguration(
    string Id,
    string Finding,
    string Description,
    string Sources,
    string Sinks,
    string Risk,
    string Weighting,
    string Convention,
    double MinTivaMusd);
