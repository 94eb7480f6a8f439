using System.Collections.Immutable;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// The chains from one country's manufacturing into the other's (one direction of the F5 cross-link), aggregated with
/// TiVA weights, against a benchmark: the same sources into every foreign sink outside R.
/// </summary>
/// <param name="Direction">e.g. <c>KOR→JPN</c>.</param>
/// <param name="SourceCountry">Source country.</param>
/// <param name="SinkCountry">Sink country.</param>
/// <param name="Sources">Source-set expression.</param>
/// <param name="Sinks">Sink-set expression.</param>
/// <param name="Ptf">Aggregate PTF(R) over the cross-link chains.</param>
/// <param name="Theta">Weighted touch share θ(R).</param>
/// <param name="Phi">Appearance share φ(R).</param>
/// <param name="Vs">VS_T(R) of the sink set.</param>
/// <param name="TivaFlowMusd">Σ v_i b_ij y_j over the cross-link pairs used (M USD).</param>
/// <param name="PairsUsed">Pairs used.</param>
/// <param name="BenchmarkPtf">Aggregate PTF(R) of the same sources into every foreign sink outside R.</param>
/// <param name="RatioToBenchmark">Ptf / BenchmarkPtf.</param>
/// <param name="RiskPtf">PTF of R from the country decomposition (equals <paramref name="Ptf"/> under the inclusive convention).</param>
/// <param name="OtherCountries">PTF of every country other than the two ends, descending (R's countries flagged).</param>
public sealed record CrossLinkDirection(
    string Direction,
    string SourceCountry,
    string SinkCountry,
    string Sources,
    string Sinks,
    double? Ptf,
    double? Theta,
    double? Phi,
    double? Vs,
    double TivaFlowMusd,
    int PairsUsed,
    double? BenchmarkPtf,
    double? RatioToBenchmark,
    double RiskPtf,
    ImmutableArray<CountryPtf> OtherCountries);
