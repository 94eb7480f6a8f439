using System.Collections.Immutable;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>One side of a comparison row: generated text and the records it was generated from.</summary>
/// <param name="Text">Generated text, or null when no record speaks to the dimension (shown "n/a").</param>
/// <param name="RecordIds">Ids of the records used, in order of appearance.</param>
public sealed record ComparisonCell(string? Text, ImmutableArray<string> RecordIds)
{
    /// <summary>Cell with no record.</summary>
    public static readonly ComparisonCell Empty = new(null, []);

    /// <summary>The text, or "n/a (no record)".</summary>
    public string Display => Text ?? "n/a (no record)";
}
