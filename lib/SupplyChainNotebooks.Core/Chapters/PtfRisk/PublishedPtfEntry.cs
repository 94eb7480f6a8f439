namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// One row of Inomata's published 2020 PTF rankings (Japan MoF, Finance No. 711, Feb 2025, Figures 9–10; methodology
/// §3.2), as compiled in <c>data/reference/mof_finance711_ptf_top20_2020.csv</c>. Rank, sink and PTF are consistent in
/// the e-book text layer; the value-added sources come from interleaved text and are marked uncertain.
/// </summary>
/// <param name="Figure">9 (risk Japan) or 10 (risk China).</param>
/// <param name="Risk">Risk country (JPN or CHN).</param>
/// <param name="Rank">Published rank 1–20.</param>
/// <param name="SinkPrinted">Sink as printed (ISIC Rev.4 range, e.g. <c>USA_41T43</c>).</param>
/// <param name="SinkIcio2023">The same node in ICIO 2023 labels (e.g. <c>USA_F</c>).</param>
/// <param name="PtfIndex">Published "PTF index" (2 decimals).</param>
/// <param name="SourcePrinted">Value-added source in extraction order, or null where illegible.</param>
/// <param name="SourceIcio2023">The source in ICIO 2023 labels, or null.</param>
/// <param name="SourceCertainty"><c>uncertain</c> where the source assignment comes from interleaved text, else null.</param>
public sealed record PublishedPtfEntry(
    string Figure,
    string Risk,
    int Rank,
    string SinkPrinted,
    string SinkIcio2023,
    double PtfIndex,
    string? SourcePrinted,
    string? SourceIcio2023,
    string? SourceCertainty);
