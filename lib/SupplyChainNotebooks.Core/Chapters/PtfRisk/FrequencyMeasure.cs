namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>The frequency indicator put against the value-added share VS in the frequency-vs-volume comparison (K-D).</summary>
public enum FrequencyMeasure
{
    /// <summary>Aggregate PTF_{S→j}(R) (Inomata's vertical axis).</summary>
    Ptf,

    /// <summary>PTF relative to the mean over the sinks of the same ranking.</summary>
    Rptf,

    /// <summary>Appearance share φ (same unit as VS: a share of the chain).</summary>
    Phi,
}
