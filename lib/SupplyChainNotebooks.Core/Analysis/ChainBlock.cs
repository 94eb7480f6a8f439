namespace SupplyChainNotebooks.Analysis;

/// <summary>
/// The parts of B that the PTF family needs for sources S, sinks T and risk region R, computed with |S| or |T| solves
/// plus |R| solves instead of forming B:
/// b_ik (S×R), b_kj (R×T), b_ij (S×T), (B²)_ij (S×T) and, optionally, b^(−R)_ij (S×T, R extracted). Row-major blocks.
/// </summary>
internal sealed class ChainBlock
{
    public required int[] Sources { get; init; }
    public required int[] Sinks { get; init; }
    public required int[] Risk { get; init; }
    public required double[] SourceToRisk { get; init; }   // |S| × |R|
    public required double[] RiskToSink { get; init; }     // |R| × |T|
    public required double[] SourceToSink { get; init; }   // |S| × |T|
    public required double[] SquareSourceToSink { get; init; } // |S| × |T|  (B²)_ij
    public double[]? ExtractedSourceToSink { get; init; }  // |S| × |T|  b^(−R)_ij
    public required double[] RiskValueAddedShare { get; init; } // |T|  Σ_{k∈R} v_k b_kj

    public double B(int s, int t) => SourceToSink[s * Sinks.Length + t];
}
