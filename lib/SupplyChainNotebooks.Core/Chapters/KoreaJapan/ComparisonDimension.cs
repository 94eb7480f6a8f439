using System.Collections.Immutable;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>A row of the Korea–Japan comparison (methodology §4.5) and how its cells are computed.</summary>
/// <param name="Id">Stable id ("budget", "law-ews-link", …).</param>
/// <param name="Label">Row label shown in the table.</param>
/// <param name="Rule">How a cell is generated from the records, shown under the table.</param>
public sealed record ComparisonDimension(string Id, string Label, string Rule)
{
    /// <summary>The rows in display order.</summary>
    public static readonly ImmutableArray<ComparisonDimension> All =
    [
        new("core-law", "Core law(s)", "records of kind law or amendment, with passage and first entry-into-force dates"),
        new("designation-unit", "Designation unit", "'designation-unit' facets"),
        new("designation-criteria", "Designation criteria", "'designation-criteria' facets plus every quantity with role 'threshold'"),
        new("disclosure", "Disclosure of items", "designation records: 'disclosure' field and their 'total' counts with dates, plus 'disclosure' facets"),
        new("decision-body", "Decision body", "'decision-body' facets"),
        new("support-method", "Support method", "'support-method' facets"),
        new("budget", "Budget / fund", "money quantities (roles total, component, target) of budget, fund and strategy records, plus 'budget' facets"),
        new("law-ews-link", "Link between framework law and early warning", "monitoring-system records: start, size, screening threshold, statutory basis (records in 'basis') and months operated before the first basis entered into force; plus 'monitoring' facets"),
        new("stockpiling", "Stockpiling", "'stockpiling' facets"),
        new("offensive-element", "Offensive element", "export-control records (in force and lifted dates, item counts) plus 'offensive-element' facets"),
    ];
}
