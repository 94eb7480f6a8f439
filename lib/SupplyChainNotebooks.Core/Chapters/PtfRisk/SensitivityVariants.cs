using System.Collections.Immutable;
using SupplyChainNotebooks.Analysis;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>The one-at-a-time variations of the sensitivity table.</summary>
public sealed record SensitivityVariants
{
    /// <summary>The default variations.</summary>
    public static SensitivityVariants Default { get; } = new();

    /// <summary>Endpoint conventions tried.</summary>
    public ImmutableArray<EndpointConvention> Conventions { get; init; } =
        [EndpointConvention.Inclusive, EndpointConvention.Interior, EndpointConvention.ExcludeEndpoints];

    /// <summary>Weightings tried.</summary>
    public ImmutableArray<AggregateWeighting> Weightings { get; init; } = [AggregateWeighting.Tiva, AggregateWeighting.Route, AggregateWeighting.Mean];

    /// <summary>K-A source sets: each entry is a label and the source countries (the special label <c>all</c> = every
    /// country outside R and the sink countries). Default: each default source country alone, and all.</summary>
    public ImmutableArray<(string Label, ImmutableArray<string> Countries)> SourceSets { get; init; } =
    [
        ("AUS", ["AUS"]), ("BRA", ["BRA"]), ("CAN", ["CAN"]), ("IDN", ["IDN"]), ("RUS", ["RUS"]), ("all", []),
    ];

    /// <summary>TiVA filters (M USD) applied to every ranking.</summary>
    public ImmutableArray<double> TivaFilters { get; init; } = [0, 100, 300, 1000];

    /// <summary>Risk regions tried.</summary>
    public ImmutableArray<string> Risks { get; init; } = ["CHN", "JPN", "USA"];
}
