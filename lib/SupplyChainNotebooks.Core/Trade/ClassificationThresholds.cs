using System.Globalization;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Thresholds of the offensive/defensive rule (methodology §4.1), every one a parameter. Defaults:
/// O = world export share ≥ 0.20 or (RCA ≥ 2 and world export HHI ≥ 0.25);
/// D = top-1 share ≥ 0.5 or import HHI ≥ 0.4 or M/X &gt; 1.
/// </summary>
public sealed record ClassificationThresholds
{
    /// <summary>The methodology's defaults.</summary>
    public static ClassificationThresholds Default { get; } = new();

    /// <summary>O: world export share at or above this (default 0.20).</summary>
    public double WorldExportShareMin { get; init; } = 0.20;

    /// <summary>O: RCA at or above this (default 2), together with <see cref="WorldExportHhiMin"/>.</summary>
    public double RcaMin { get; init; } = 2.0;

    /// <summary>O: world export HHI at or above this (default 0.25), together with <see cref="RcaMin"/>.</summary>
    public double WorldExportHhiMin { get; init; } = 0.25;

    /// <summary>D: top-1 supplier share at or above this (default 0.5; Korea's EWS rule).</summary>
    public double Top1ShareMin { get; init; } = 0.5;

    /// <summary>D: import HHI at or above this (default 0.4; EU/GeoDep "concentrated").</summary>
    public double ImportHhiMin { get; init; } = 0.4;

    /// <summary>D: import/export ratio strictly above this (default 1: not substitutable by domestic supply).</summary>
    public double ImportExportRatioAbove { get; init; } = 1.0;

    /// <summary>One-line statement of the rule with these thresholds.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"O = W ≥ {WorldExportShareMin} or (RCA ≥ {RcaMin} and world export HHI ≥ {WorldExportHhiMin}); D = top-1 ≥ {Top1ShareMin} or HHI ≥ {ImportHhiMin} or M/X > {ImportExportRatioAbove}");
}
