using System.Collections.Immutable;
using SupplyChainNotebooks.Analysis;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// The parameters of chapter 3 (KIEP WP 23-10, China in Korea's and Japan's supply chains) with the study's defaults
/// (methodology §1.9). Sectors are KIEP (ADB MRIO) keys resolved per dataset through <see cref="KiepSectorConcordance"/>.
/// </summary>
public sealed record PtfRiskParameters
{
    /// <summary>The defaults.</summary>
    public static PtfRiskParameters Default { get; } = new();

    /// <summary>Risk region R as a node-set expression (default <c>CHN</c>: every industry of China).</summary>
    public string Risk { get; init; } = "CHN";

    /// <summary>K-A/K-D sources: the raw-material exporting countries (default AUS, BRA, CAN, IDN, RUS). Countries a
    /// table lacks are left out and reported.</summary>
    public ImmutableArray<string> SourceCountries { get; init; } = ["AUS", "BRA", "CAN", "IDN", "RUS"];

    /// <summary>K-A/K-D source sector (default c2, mining and quarrying).</summary>
    public string SourceSector { get; init; } = "c2";

    /// <summary>Sink countries of K-A/K-D, each ranked separately (default KOR, JPN), and the two ends of the F5 cross-link.</summary>
    public ImmutableArray<string> SinkCountries { get; init; } = ["KOR", "JPN"];

    /// <summary>K-B source country (default JPN).</summary>
    public string KbSourceCountry { get; init; } = "JPN";

    /// <summary>K-C source country (default KOR).</summary>
    public string KcSourceCountry { get; init; } = "KOR";

    /// <summary>K-B/K-C source sector (default c14, electrical and optical equipment).</summary>
    public string ItSector { get; init; } = "c14";

    /// <summary>How pair PTFs are combined into one value per sink (default TiVA weights).</summary>
    public AggregateWeighting Weighting { get; init; } = AggregateWeighting.Tiva;

    /// <summary>Endpoint convention (default inclusive; identical to the others unless an endpoint lies in R).</summary>
    public EndpointConvention Convention { get; init; } = EndpointConvention.Inclusive;

    /// <summary>TiVA filter (M USD) on the pairs of K-A/K-D (default 0: every pair).</summary>
    public double KaMinTivaMusd { get; init; }

    /// <summary>TiVA filter (M USD) on the pair rankings K-B/K-C (default 300, methodology §1.5; the CLI default is 0).</summary>
    public double PairMinTivaMusd { get; init; } = 300;

    /// <summary>Keep sinks that are nodes of R (labelled; their inclusive PTF counts the sink itself, ≥ b_jj ≥ 1). Default false.</summary>
    public bool IncludeSinksInRisk { get; init; }

    /// <summary>One-line description printed next to results.</summary>
    public string Describe() =>
        $"risk={Risk}; K-A sources={string.Join(",", SourceCountries)}:{SourceSector}; sinks={string.Join(",", SinkCountries)}; "
        + $"K-B/K-C sources={KbSourceCountry}/{KcSourceCountry}:{ItSector}; weights={Weighting.ToText()}; convention={Convention.ToText()}; "
        + $"TiVA filter K-A {KaMinTivaMusd:G} / pairs {PairMinTivaMusd:G} M USD; sinks in R {(IncludeSinksInRisk ? "included (labelled)" : "excluded")}";

    /// <summary>The PTF options these parameters imply for a given TiVA filter.</summary>
    public PtfOptions OptionsFor(double minTivaMusd) => new() { Convention = Convention, MinTivaFlowMusd = minTivaMusd };
}
