using System.Collections.Frozen;

namespace SupplyChainNotebooks.Policy;

/// <summary>
/// The closed word lists of the policy records (data/policy/README.md documents each). A record using a word outside
/// these lists is rejected by the loader, so typos cannot silently create a new category. Extend a list here and in the
/// README together.
/// </summary>
public static class PolicyVocabulary
{
    /// <summary>Jurisdictions: one ISO 3166 alpha-3 code, several joined by '-' in alphabetical order, or a group.</summary>
    public static readonly FrozenSet<string> Jurisdictions = Set("JPN", "KOR", "JPN-KOR", "JPN-USA", "JPN-KOR-USA", "G7", "multilateral");

    /// <summary>Kinds of instrument.</summary>
    public static readonly FrozenSet<string> Kinds = Set(
        "law", "amendment", "cabinet-decision", "designation", "budget", "fund", "export-control",
        "agreement", "framework", "dialogue", "strategy", "monitoring-system", "statement");

    /// <summary>Names of dated steps.</summary>
    public static readonly FrozenSet<string> Events = Set(
        "proposed", "announced", "approved-by-panel", "concluded", "passed", "promulgated", "cabinet-decision", "designated",
        "signed", "in-force", "launched", "expanded", "first-support", "chaired", "held", "stated", "lifted");

    /// <summary>Comparison dimensions a record may speak to in its <c>facets</c>.</summary>
    public static readonly FrozenSet<string> FacetDimensions = Set(
        "designation-unit", "designation-criteria", "disclosure", "decision-body", "support-method", "budget",
        "monitoring", "stockpiling", "offensive-element");

    /// <summary>How far a designated item list is published.</summary>
    public static readonly FrozenSet<string> Disclosures = Set("full", "partial", "none");

    /// <summary>Position a statement takes on cooperation.</summary>
    public static readonly FrozenSet<string> Stances = Set("national", "bilateral", "trilateral", "like-minded", "multilateral");

    /// <summary>Confidence in a record's facts (see the README for the meaning of each level).</summary>
    public static readonly FrozenSet<string> Confidences = Set("high", "medium", "low");

    /// <summary>Kinds of quantity.</summary>
    public static readonly FrozenSet<string> QuantityKinds = Set("money", "count", "share", "duration");

    /// <summary>ISO 4217 currencies accepted for money.</summary>
    public static readonly FrozenSet<string> Currencies = Set("JPY", "KRW", "USD", "EUR");

    /// <summary>Scale words for money.</summary>
    public static readonly FrozenSet<string> Scales = Set("unit", "thousand", "million", "billion", "trillion");

    /// <summary>Units of a duration.</summary>
    public static readonly FrozenSet<string> DurationUnits = Set("days", "months", "years");

    /// <summary>Relations between the true value and the stated one.</summary>
    public static readonly FrozenSet<string> Relations = Set("=", "≈", ">", "<", ">=", "<=");

    /// <summary>Roles a quantity can play.</summary>
    public static readonly FrozenSet<string> QuantityRoles = Set("total", "component", "threshold", "target", "outcome");

    /// <summary>Languages of sources.</summary>
    public static readonly FrozenSet<string> Languages = Set("en", "ja", "ko");

    /// <summary>Multiplier of a scale word.</summary>
    public static double ScaleFactor(string scale) => scale switch
    {
        "unit" => 1,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "unknown scale word"),
    };

    /// <summary>Countries named by a jurisdiction code ("JPN-USA" → JPN, USA); empty for groups.</summary>
    public static IReadOnlyList<string> CountriesOf(string jurisdiction) =>
        jurisdiction is "G7" or "multilateral" ? [] : jurisdiction.Split('-');

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
