namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>One dimension of the Korea–Japan comparison with a generated cell per side.</summary>
/// <param name="Dimension">Row definition and rule.</param>
/// <param name="Left">Cell of the first jurisdiction (Japan by default).</param>
/// <param name="Right">Cell of the second jurisdiction (Korea by default).</param>
public sealed record ComparisonRow(ComparisonDimension Dimension, ComparisonCell Left, ComparisonCell Right);
