namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// One sink in the frequency-vs-volume comparison (K-D): volume VS_j(R) on the horizontal axis, the frequency measure on
/// the vertical axis, the OLS fit and residual, and the like-for-like gap φ − VS.
/// </summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Configuration">Configuration of the ranking the sink comes from (e.g. <c>K-A KOR</c>).</param>
/// <param name="Sink">Sink label.</param>
/// <param name="SinkCountry">Country of the sink.</param>
/// <param name="Sector">KIEP sector key(s) or null.</param>
/// <param name="Vs">Value-added share of R in the sink's final product (0–1).</param>
/// <param name="Frequency">The frequency measure used for the fit (see <see cref="FrequencyVolumeAnalysis.Measure"/>).</param>
/// <param name="Ptf">Aggregate PTF.</param>
/// <param name="Rptf">Relative PTF within its own ranking.</param>
/// <param name="Phi">Appearance share φ (0–1).</param>
/// <param name="Gap">φ − VS: positive when R's share of appearances exceeds its share of value added.</param>
/// <param name="Fitted">α + β VS from the pooled OLS line.</param>
/// <param name="Residual">Frequency − fitted; positive = frequency-skewed ("hidden") exposure.</param>
public sealed record FrequencyVolumePoint(
    string Dataset,
    int? Year,
    string Configuration,
    string Sink,
    string SinkCountry,
    string? Sector,
    double Vs,
    double Frequency,
    double Ptf,
    double? Rptf,
    double? Phi,
    double? Gap,
    double? Fitted,
    double? Residual)
{
    /// <summary>True when the point lies above the regression line.</summary>
    public bool AboveLine => Residual is > 0;
}
