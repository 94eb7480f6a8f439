namespace SupplyChainNotebooks.Analysis;

/// <summary>How pair PTFs are combined over a source set S and a sink set T (methodology §1.5).</summary>
public enum AggregateWeighting
{
    /// <summary>Default. w_ij = v_i b_ij y_j (value added of i carried into j's final products); pairs with w ≤ 0 are left out.</summary>
    Tiva,

    /// <summary>w_ij = b_ij (gross route weight).</summary>
    Route,

    /// <summary>Unweighted mean of the pair PTFs.</summary>
    Mean,

    /// <summary>Σ PTF_ij without division ("stacked", MoF-style bars).</summary>
    Sum,

    /// <summary>TiVA-weighted over sources per sink, then weighted by the sinks' gross output x_j.</summary>
    SinkOutput,
}

/// <summary>Parsing and display of <see cref="AggregateWeighting"/> (CLI spelling: tiva, route, mean, sum, sink-output).</summary>
public static class AggregateWeightings
{
    /// <summary>Parses the CLI/notebook spelling.</summary>
    /// <exception cref="Errors.SupplyChainException">Unknown name.</exception>
    public static AggregateWeighting Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "tiva" => AggregateWeighting.Tiva,
        "route" => AggregateWeighting.Route,
        "mean" => AggregateWeighting.Mean,
        "sum" => AggregateWeighting.Sum,
        "sink-output" or "sinkoutput" or "output" => AggregateWeighting.SinkOutput,
        _ => throw new Errors.SupplyChainException($"unknown weighting '{text}'; use tiva, route, mean, sum or sink-output"),
    };

    /// <summary>The CLI spelling.</summary>
    public static string ToText(this AggregateWeighting weighting) => weighting switch
    {
        AggregateWeighting.Tiva => "tiva",
        AggregateWeighting.Route => "route",
        AggregateWeighting.Mean => "mean",
        AggregateWeighting.Sum => "sum",
        _ => "sink-output",
    };
}
