namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// Options of the PTF family. Defaults follow methodology §1.4–1.5: inclusive convention, i = j excluded, no TiVA
/// filter for aggregates.
/// </summary>
public sealed record PtfOptions
{
    /// <summary>The default options.</summary>
    public static PtfOptions Default { get; } = new();

    /// <summary>Endpoint convention (default inclusive).</summary>
    public EndpointConvention Convention { get; init; } = EndpointConvention.Inclusive;

    /// <summary>Leave out pairs with i = j (default true: the zero-length route makes them meaningless).</summary>
    public bool ExcludeSelfPairs { get; init; } = true;

    /// <summary>Leave out pairs whose source and sink are in the same country (pure domestic chains).</summary>
    public bool ExcludeDomesticChains { get; init; }

    /// <summary>Leave out sinks located in a country of the risk region (e.g. Japanese sinks for risk = JPN).</summary>
    public bool ExcludeSinkCountry { get; init; }

    /// <summary>Leave out sinks that are themselves nodes of the risk region (their inclusive PTF counts the sink, ≥ b_jj ≥ 1).</summary>
    public bool ExcludeSinksInRisk { get; init; }

    /// <summary>Leave out pairs whose TiVA flow is below this value (M USD); 0 keeps every pair.</summary>
    public double MinTivaFlowMusd { get; init; }

    /// <summary>Compute θ and κ (needs R extracted: 2|R| extra solves through the Schur complement). Default true.</summary>
    public bool ComputeTouchShare { get; init; } = true;

    /// <summary>One-line description printed next to results.</summary>
    public string Describe() =>
        $"convention={Convention.ToText()}, exclude i=j: {(ExcludeSelfPairs ? "yes" : "no")}"
        + (ExcludeDomesticChains ? ", domestic chains excluded" : "")
        + (ExcludeSinkCountry ? ", sinks in risk countries excluded" : "")
        + (ExcludeSinksInRisk ? ", sinks inside the risk region excluded" : "")
        + (MinTivaFlowMusd > 0 ? $", TiVA ≥ {MinTivaFlowMusd:G} M USD" : "");
}
