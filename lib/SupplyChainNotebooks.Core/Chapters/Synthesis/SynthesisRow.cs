namespace SupplyChainNotebooks.Chapters.Synthesis;

/// <summary>One line of the chapter 6 synthesis table: a headline number or verdict of one chapter, recomputed by that chapter's function.</summary>
/// <param name="Chapter">Chapter (2–6).</param>
/// <param name="Topic">What part of the chapter it belongs to (e.g. "F1", "classification JPN", "policy").</param>
/// <param name="Headline">What the number is.</param>
/// <param name="Value">The number (null = n/a).</param>
/// <param name="Display">The number with its unit and context, or the verdict's reason.</param>
/// <param name="Verdict">holds / partly holds / does not hold for findings, else null.</param>
/// <param name="ComputedBy">The library function the row was computed with.</param>
public sealed record SynthesisRow(int Chapter, string Topic, string Headline, double? Value, string Display, string? Verdict, string ComputedBy);

/// <summary>Chapter 4's classification of one reporter's specified-product items in one year, summarised.</summary>
/// <param name="Reporter">Importing country.</param>
/// <param name="Year">Trade year.</param>
/// <param name="Items">Items classified.</param>
/// <param name="Offensive">Class offensive (O only).</param>
/// <param name="Defensive">Class defensive (D only).</param>
/// <param name="Both">Class both.</param>
/// <param name="Monitor">Class monitor (neither flag).</param>
/// <param name="Undetermined">A flag could not be evaluated.</param>
/// <param name="NoData">No data.</param>
/// <param name="WithData">Items with indicators (HS6 or Japan's JPY customs groups).</param>
/// <param name="JpyProxies">Of which on Japan's customs groups (JPY).</param>
/// <param name="ChinaMajority">Items where China supplies at least half of the imports.</param>
/// <param name="TopChinaItem">Item with the highest China share, or null.</param>
/// <param name="TopChinaShare">That share (0–1), or null.</param>
/// <param name="MedianImportHhi">Median import HHI over the items with data (0–1), or null.</param>
public sealed record ItemClassSummary(
    string Reporter,
    int Year,
    int Items,
    int Offensive,
    int Defensive,
    int Both,
    int Monitor,
    int Undetermined,
    int NoData,
    int WithData,
    int JpyProxies,
    int ChinaMajority,
    string? TopChinaItem,
    double? TopChinaShare,
    double? MedianImportHhi);

/// <summary>A policy implication: generated text quoting the computed numbers and verdicts it rests on.</summary>
/// <param name="Topic">Short topic.</param>
/// <param name="Text">The implication, generated from the numbers (it changes when they do).</param>
/// <param name="Basis">The rows (findings, headlines) it rests on.</param>
public sealed record PolicyImplication(string Topic, string Text, string Basis);
