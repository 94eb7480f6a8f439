using System.Collections.Immutable;
using Deedle;

namespace SupplyChainNotebooks.Analysis;

/// <summary>The outcome of a full-pair ranking.</summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Risk">Risk region expression.</param>
/// <param name="Options">Options used.</param>
/// <param name="PairsConsidered">Source–sink pairs examined (source outside R, sink allowed, i ≠ j).</param>
/// <param name="PairsPassingFilter">Pairs with a route and TiVA flow ≥ the filter.</param>
/// <param name="Pairs">The top pairs in rank order.</param>
/// <param name="MaxDetailDeviation">Largest |PTF(full pass) − PTF(pair engine)| over the listed pairs (a built-in second
/// formula path; null without details).</param>
public sealed record FullPairResult(
    string Dataset,
    int? Year,
    string Risk,
    FullPairOptions Options,
    long PairsConsidered,
    long PairsPassingFilter,
    ImmutableArray<RankedPair> Pairs,
    double? MaxDetailDeviation)
{
    /// <summary>The ranked pairs as a Deedle frame.</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Pairs);
}
