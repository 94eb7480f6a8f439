namespace SupplyChainNotebooks.Analysis;

/// <summary>Options of <see cref="FullPairRanking"/>.</summary>
public sealed record FullPairOptions
{
    /// <summary>Number of pairs listed (default 20).</summary>
    public int Top { get; init; } = 20;

    /// <summary>Keep only pairs with TiVA flow ≥ this (M USD); 0 keeps every pair with a route (default 0).</summary>
    public double MinTivaFlowMusd { get; init; }

    /// <summary>Endpoint convention (default inclusive).</summary>
    public EndpointConvention Convention { get; init; } = EndpointConvention.Inclusive;

    /// <summary>Leave out sinks located in a country of R (the Japan table of §3.2); false = sinks anywhere (the China table).</summary>
    public bool ExcludeSinkCountry { get; init; } = true;

    /// <summary>Source rows handled per parallel work item (memory per worker: one row of n doubles).</summary>
    public int BlockRows { get; init; } = 64;

    /// <summary>Fill in θ, κ, φ, APL and VS for the listed pairs (one extra factorisation for θ). Default true.</summary>
    public bool Details { get; init; } = true;
}
