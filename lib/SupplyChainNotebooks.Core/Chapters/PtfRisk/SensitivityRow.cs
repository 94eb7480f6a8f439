namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// How one headline ranking moves when one choice is changed from the baseline (sensitivity table): its top three, the
/// ranks of the sinks the study names, and the agreement with the baseline ranking.
/// </summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Table year.</param>
/// <param name="Configuration">K-A KOR, K-A JPN, K-B or K-C.</param>
/// <param name="Factor">What was changed: baseline, convention, weighting, source set, TiVA filter, risk region.</param>
/// <param name="Variant">The value used.</param>
/// <param name="IsBaseline">True for the baseline row.</param>
/// <param name="SinksRanked">Sinks with a defined PTF.</param>
/// <param name="Top1">Best sink (with PTF).</param>
/// <param name="Top2">Second sink.</param>
/// <param name="Top3">Third sink.</param>
/// <param name="NamedRanks">Ranks of the named sectors, e.g. <c>JPN:c15 #6</c> (<c>–</c> = not ranked).</param>
/// <param name="BestNamedRank">Best rank among the named sectors (null = none ranked).</param>
/// <param name="WorstNamedRank">Worst rank among the named sectors (null when any is not ranked).</param>
/// <param name="SpearmanWithBaseline">Spearman ρ of the PTFs with the baseline over the common sinks.</param>
/// <param name="TopTenOverlap">How many of the baseline's top 10 are in this variant's top 10.</param>
/// <param name="Note">Caveats (e.g. sinks or sources inside R).</param>
public sealed record SensitivityRow(
    string Dataset,
    int? Year,
    string Configuration,
    string Factor,
    string Variant,
    bool IsBaseline,
    int SinksRanked,
    string? Top1,
    string? Top2,
    string? Top3,
    string NamedRanks,
    int? BestNamedRank,
    int? WorstNamedRank,
    double? SpearmanWithBaseline,
    int? TopTenOverlap,
    string? Note);
