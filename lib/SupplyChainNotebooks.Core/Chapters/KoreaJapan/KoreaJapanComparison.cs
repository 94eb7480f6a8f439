using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// Chapter 5 point-by-point comparison, generated from the policy records: every cell is assembled from record fields
/// (facets, quantities, dates, references) by the rule of its <see cref="ComparisonDimension"/>, with the record ids
/// cited. Edit a record and the table changes; nothing in it is typed in.
/// </summary>
public sealed class KoreaJapanComparison
{
    private KoreaJapanComparison(string left, string right, ImmutableArray<ComparisonRow> rows)
    {
        Left = left;
        Right = right;
        Rows = rows;
    }

    /// <summary>First jurisdiction (columns are in this order).</summary>
    public string Left { get; }

    /// <summary>Second jurisdiction.</summary>
    public string Right { get; }

    /// <summary>Rows in the order of <see cref="ComparisonDimension.All"/>.</summary>
    public ImmutableArray<ComparisonRow> Rows { get; }

    /// <summary>The row of a dimension id.</summary>
    public ComparisonRow this[string dimensionId] => Rows.Single(r => r.Dimension.Id == dimensionId);

    /// <summary>Builds the table for two single-country jurisdictions (default Japan and Korea).</summary>
    public static KoreaJapanComparison Build(PolicyRecordSet records, string left = "JPN", string right = "KOR") =>
        new(left, right, [.. ComparisonDimension.All.Select(d => new ComparisonRow(d, Cell(records, left, d.Id), Cell(records, right, d.Id)))]);

    /// <summary>
    /// Deedle frame indexed by dimension label with columns for each side's text and cited record ids
    /// (e.g. "JPN", "JPN records", "KOR", "KOR records") and the generation rule.
    /// </summary>
    public Frame<string, string> ToFrame()
    {
        var rows = Rows.Select(r => new Dictionary<string, string>
        {
            ["Dimension"] = r.Dimension.Label,
            [Left] = r.Left.Display,
            [$"{Left} records"] = string.Join(", ", r.Left.RecordIds),
            [Right] = r.Right.Display,
            [$"{Right} records"] = string.Join(", ", r.Right.RecordIds),
            ["Rule"] = r.Dimension.Rule,
        }).ToArray();
        var columns = new[] { Left, $"{Left} records", Right, $"{Right} records", "Rule" };
        var index = rows.Select(r => r["Dimension"]).ToArray();
        return Frame.FromColumns(columns.Select(c => KeyValuePair.Create(c, new Series<string, string>(index, rows.Select(r => r[c]).ToArray()))));
    }

    private static ComparisonCell Cell(PolicyRecordSet records, string side, string dimension)
    {
        var mine = records.In(side).OrderBy(r => r.FirstDate).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var parts = new List<(string Text, string Id)>();
        switch (dimension)
        {
            case "core-law":
                foreach (var r in mine.Where(r => r.Kind is "law" or "amendment"))
                    parts.Add(($"{r.Title} ({DateSteps(r)})", r.Id));
                break;
            case "designation-criteria":
                AddFacets(parts, mine, dimension);
                foreach (var r in mine)
                    foreach (var q in r.QuantitiesWithRole("threshold"))
                        parts.Add(($"{q.Name}: {q.Display()}", r.Id));
                break;
            case "disclosure":
                foreach (var r in mine.Where(r => r.Kind == "designation" && r.Disclosure is not null))
                {
                    var total = r.QuantitiesWithRole("total").FirstOrDefault();
                    var date = (r.Milestone("designated") ?? r.Milestone("announced") ?? r.Milestones[^1]);
                    var count = total is null ? "" : $", {total.Display()}";
                    parts.Add(($"{r.Title}: list {r.Disclosure}{count} ({date.Event} {date.Date})", r.Id));
                }
                AddFacets(parts, mine, dimension);
                break;
            case "budget":
                foreach (var r in mine.Where(r => r.Kind is "budget" or "fund" or "strategy"))
                {
                    var money = r.Quantities.Where(q => q.Kind == "money" && q.Role is "total" or "component" or "target").ToArray();
                    if (money.Length > 0)
                        parts.Add(($"{r.Title} ({r.FirstDate}): {string.Join("; ", money.Select(q => $"{q.Name} {q.Display()}"))}", r.Id));
                }
                AddFacets(parts, mine, dimension);
                break;
            case "law-ews-link":
                foreach (var r in mine.Where(r => r.Kind == "monitoring-system"))
                    parts.Add((MonitoringText(records, r), r.Id));
                AddFacets(parts, mine, "monitoring");
                break;
            case "offensive-element":
                foreach (var r in mine.Where(r => r.Kind == "export-control"))
                {
                    var count = r.QuantitiesWithRole("total").Concat(r.Quantities.Where(q => q.Kind == "count")).FirstOrDefault();
                    var target = r.Target is null ? "" : $", aimed at {r.Target}";
                    parts.Add(($"{r.Title}{target} ({DateSteps(r)}{(count is null ? "" : $"; {count.Display()}")})", r.Id));
                }
                AddFacets(parts, mine, dimension);
                break;
            default:
                AddFacets(parts, mine, dimension);
                break;
        }
        if (parts.Count == 0) return ComparisonCell.Empty;
        return new ComparisonCell(
            string.Join(" | ", parts.Select(p => $"{p.Text} [{p.Id}]")),
            [.. parts.Select(p => p.Id).Distinct(StringComparer.Ordinal)]);
    }

    private static void AddFacets(List<(string, string)> parts, IEnumerable<PolicyRecord> records, string dimension)
    {
        foreach (var r in records)
            if (r.Facet(dimension) is { } text) parts.Add((text, r.Id));
    }

    private static string DateSteps(PolicyRecord r)
    {
        var steps = new List<string>();
        foreach (var ev in new[] { "passed", "cabinet-decision", "in-force", "lifted" })
            if (r.Milestone(ev) is { } m) steps.Add($"{ev} {m.Date}{(m.Verify ? " [verify]" : "")}");
        return steps.Count > 0 ? string.Join(", ", steps) : $"{r.Milestones[0].Event} {r.FirstDate}";
    }

    private static string MonitoringText(PolicyRecordSet records, PolicyRecord ews)
    {
        var start = ews.Milestone("launched")?.Date ?? ews.FirstDate;
        var size = ews.QuantitiesWithRole("total").Select(q => q.Display()).FirstOrDefault();
        var thresholds = ews.QuantitiesWithRole("threshold").Select(q => $"{q.Name} {q.Display()}").ToArray();
        var text = $"{ews.Title} since {start}" + (size is null ? "" : $", {size}") + (thresholds.Length > 0 ? $"; {string.Join("; ", thresholds)}" : "");
        var bases = ews.Basis.Select(records.Get).Select(b => (b, inForce: b.FirstInForce)).ToArray();
        if (bases.Length == 0) return text + "; no statutory basis recorded";
        text += "; statutory basis: " + string.Join(", ", bases.Select(t => $"{t.b.Title} (in force {t.inForce?.ToString() ?? "n/a"})"));
        var firstBasis = bases.Where(t => t.inForce is not null).Select(t => t.inForce!.Value).DefaultIfEmpty().Min();
        if (bases.Any(t => t.inForce is not null) && firstBasis > start)
            text += $"; operated administratively for {firstBasis.MonthsSince(start)} months before the first basis entered into force";
        return text;
    }
}
