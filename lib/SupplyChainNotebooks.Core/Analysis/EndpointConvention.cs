namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// How the source and sink themselves count when they lie in the risk region R (methodology §1.4). When R contains
/// neither endpoint all three give identical numbers.
/// </summary>
public enum EndpointConvention
{
    /// <summary>Default. Every appearance counts, endpoints included: Σ_{k∈R} b_ik b_kj / b_ij.</summary>
    Inclusive,

    /// <summary>Interior appearances only: Σ_{k∈R} (b_ik − δ_ik)(b_kj − δ_kj) / b_ij.</summary>
    Interior,

    /// <summary>The source and sink nodes are dropped from R entirely (with their self-loops): Σ_{k∈R∖{i,j}} b_ik b_kj / b_ij.</summary>
    ExcludeEndpoints,
}

/// <summary>Parsing and display of <see cref="EndpointConvention"/> (CLI spelling: inclusive, interior, exclude-endpoints).</summary>
public static class EndpointConventions
{
    /// <summary>Parses the CLI/notebook spelling.</summary>
    /// <exception cref="Errors.SupplyChainException">Unknown name.</exception>
    public static EndpointConvention Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "inclusive" or "inc" => EndpointConvention.Inclusive,
        "interior" or "int" => EndpointConvention.Interior,
        "exclude-endpoints" or "exclude" or "exc" or "excludeendpoints" => EndpointConvention.ExcludeEndpoints,
        _ => throw new Errors.SupplyChainException($"unknown endpoint convention '{text}'; use inclusive, interior or exclude-endpoints"),
    };

    /// <summary>The CLI spelling.</summary>
    public static string ToText(this EndpointConvention convention) => convention switch
    {
        EndpointConvention.Inclusive => "inclusive",
        EndpointConvention.Interior => "interior",
        _ => "exclude-endpoints",
    };
}
