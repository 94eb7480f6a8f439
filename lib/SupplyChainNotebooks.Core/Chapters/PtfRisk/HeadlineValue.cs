namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// One headline chain of the chapter in one year (time-series point): the source set into a named sector (or a whole
/// country, or the F5 cross-link), aggregated with the chapter's weights and without a TiVA filter so the series is
/// defined every year; the rank comes from that year's (filtered) ranking.
/// </summary>
/// <param name="Dataset">Dataset id.</param>
/// <param name="Year">Year.</param>
/// <param name="Chain">Chain id, e.g. <c>K-A: mining → JPN:c15</c>.</param>
/// <param name="Configuration">K-A KOR, K-A JPN, K-B, K-C or F5.</param>
/// <param name="Source">Source-set expression.</param>
/// <param name="Sink">Sink-set expression.</param>
/// <param name="Rank">Best rank of the sector's nodes in the year's ranking (null for country aggregates, F5, or when filtered out).</param>
/// <param name="SinksRanked">Sinks in that ranking.</param>
/// <param name="Ptf">Aggregate PTF(R).</param>
/// <param name="Relative">K-A: PTF / mean PTF over the country's sinks (RPTF); F5: PTF / benchmark PTF; else null.</param>
/// <param name="Theta">Touch share θ.</param>
/// <param name="Vs">VS of R in the sink set's final products.</param>
/// <param name="TivaFlowMusd">TiVA flow of the chain (M USD).</param>
public sealed record HeadlineValue(
    string Dataset,
    int Year,
    string Chain,
    string Configuration,
    string Source,
    string Sink,
    int? Rank,
    int? SinksRanked,
    double? Ptf,
    double? Relative,
    double? Theta,
    double? Vs,
    double TivaFlowMusd);
