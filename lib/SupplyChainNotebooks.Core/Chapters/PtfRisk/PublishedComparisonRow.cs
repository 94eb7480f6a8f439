namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>One published rank next to the computed pair at the same rank.</summary>
/// <param name="Rank">Rank.</param>
/// <param name="PublishedSink">Published sink (ICIO 2023 label).</param>
/// <param name="PublishedPtf">Published PTF index.</param>
/// <param name="PublishedSource">Published source where legible (uncertain), else null.</param>
/// <param name="ComputedSource">Computed source at this rank, or null when fewer pairs were ranked.</param>
/// <param name="ComputedSink">Computed sink at this rank.</param>
/// <param name="ComputedPtf">Computed PTF at this rank.</param>
/// <param name="ComputedTivaMusd">Computed TiVA flow of that pair (M USD).</param>
/// <param name="SinkMatches">Computed sink = published sink.</param>
/// <param name="PtfMatches">|computed − published| ≤ the rounding tolerance.</param>
/// <param name="FoundInComputedList">The published (sink, PTF) appears at some rank of the computed list (within tolerance).</param>
public sealed record PublishedComparisonRow(
    int Rank,
    string PublishedSink,
    double PublishedPtf,
    string? PublishedSource,
    string? ComputedSource,
    string? ComputedSink,
    double? ComputedPtf,
    double? ComputedTivaMusd,
    bool SinkMatches,
    bool PtfMatches,
    bool FoundInComputedList);
