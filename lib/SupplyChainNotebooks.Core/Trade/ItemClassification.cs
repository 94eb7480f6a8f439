namespace SupplyChainNotebooks.Trade;

/// <summary>
/// The rule of methodology §4.1 applied to one reporter, item and year: the two flags, the class, every criterion
/// with its number and threshold, and (when the top-flows file is available) persistence over three years.
/// </summary>
public sealed record ItemClassification
{
    /// <summary>The indicators classified.</summary>
    public required ItemIndicators Indicators { get; init; }

    /// <summary>The thresholds used.</summary>
    public required ClassificationThresholds Thresholds { get; init; }

    /// <summary>O flag (choke-point / offensive), or null when it cannot be evaluated.</summary>
    public bool? Offensive { get; init; }

    /// <summary>D flag (dependence / defensive), or null when it cannot be evaluated.</summary>
    public bool? Defensive { get; init; }

    /// <summary>The class.</summary>
    public required ItemClass Class { get; init; }

    /// <summary>Every test made, O tests first.</summary>
    public IReadOnlyList<ClassificationCriterion> Criteria { get; init; } = [];

    /// <summary>How O was decided, e.g. "world export share alone (RCA not available: …)".</summary>
    public required string OffensiveBasis { get; init; }

    /// <summary>Persistence over years t−2…t, or null when not evaluated.</summary>
    public PersistenceResult? Persistence { get; init; }

    /// <summary>The class as text ("offensive", …, "no data").</summary>
    public string ClassText => Class.ToText();
}
