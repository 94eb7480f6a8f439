using System.Collections.Immutable;
using System.Globalization;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>
/// A specified critical product referenced by a designation record (<c>itemRefs</c>, scheme <c>jp-spec-NN</c>) joined
/// with chapter 4's record of that product (number NN of <c>data/critical_products</c>): name, ministry, designation
/// date on both sides and whether they agree, the study's prior group and the trade items behind it.
/// </summary>
/// <param name="ItemRef">The shared id jp-spec-NN.</param>
/// <param name="Number">Product number NN.</param>
/// <param name="Name">English name (chapter 4), or null when chapter 4 has no such product.</param>
/// <param name="NameJa">Japanese name (chapter 4), or null.</param>
/// <param name="Ministry">Competent ministry (chapter 4), or null.</param>
/// <param name="FirstRecordId">Earliest designation record naming the product.</param>
/// <param name="RecordIds">Every designation record naming it, by date.</param>
/// <param name="RecordDate">Designation (or announcement) date of <paramref name="FirstRecordId"/>.</param>
/// <param name="ProductDate">Designation date in chapter 4's record, or null.</param>
/// <param name="DatesAgree">True when both dates name the same period (at the coarser precision), null when chapter 4 has none.</param>
/// <param name="Status">Chapter 4's status (designated, announced), or null.</param>
/// <param name="PriorGroup">The study's prior (offensive, defensive), or null.</param>
/// <param name="TradeItems">Chapter 4's trade items, joined by ", ".</param>
/// <param name="Verify">True when either side flags the facts for verification.</param>
public sealed record CriticalProductLink(
    string ItemRef,
    int Number,
    string? Name,
    string? NameJa,
    string? Ministry,
    string FirstRecordId,
    string RecordIds,
    PartialDate RecordDate,
    string? ProductDate,
    bool? DatesAgree,
    string? Status,
    string? PriorGroup,
    string TradeItems,
    bool Verify)
{
    /// <summary>The shared id of chapter 4's product number (1 → jp-spec-01).</summary>
    public static string ItemIdOf(int number) => $"jp-spec-{number.ToString("D2", CultureInfo.InvariantCulture)}";

    /// <summary>The product number of a shared id (jp-spec-06 → 6).</summary>
    /// <exception cref="FormatException">Not of the form jp-spec-NN.</exception>
    public static int NumberOf(string itemRef) =>
        PolicyRecordLoader.ItemIdPattern.IsMatch(itemRef) ? int.Parse(itemRef[^2..], CultureInfo.InvariantCulture)
        : throw new FormatException($"'{itemRef}' is not a critical-product id of the form jp-spec-NN");

    /// <summary>The shared ids of every product in chapter 4's records (for <see cref="PolicyRecordSet.UnresolvedItemRefs"/>).</summary>
    public static IEnumerable<string> KnownIds(SpecifiedProductRecords products) => products.Products.Select(p => ItemIdOf(p.Number));

    /// <summary>One link per product referenced by a designation of <paramref name="country"/>, by product number.</summary>
    public static ImmutableArray<CriticalProductLink> Join(PolicyRecordSet records, SpecifiedProductRecords products, string country = "JPN")
    {
        var designations = records.OfKind("designation").Where(r => r.Jurisdiction == country && r.ItemRefs.Length > 0)
            .OrderBy(r => DateOf(r)).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        return
        [
            .. designations.SelectMany(r => r.ItemRefs.Select(i => (Ref: i, Record: r)))
                .GroupBy(t => t.Ref, StringComparer.Ordinal)
                .OrderBy(g => NumberOf(g.Key))
                .Select(g =>
                {
                    var first = g.First().Record;
                    var number = NumberOf(g.Key);
                    var p = products.Products.FirstOrDefault(x => x.Number == number);
                    var recordDate = DateOf(first);
                    bool? agree = p is null || !PartialDate.TryParse(p.DesignationDate, out var pd) ? null : SamePeriod(recordDate, pd);
                    var verify = first.NeedsVerification || (p is not null && (p.Confidence != "high" || p.Verify.Count > 0));
                    return new CriticalProductLink(g.Key, number, p?.NameEn, p?.NameJa, p?.Ministry, first.Id, string.Join(", ", g.Select(t => t.Record.Id)),
                        recordDate, p?.DesignationDate, agree, p?.Status, p?.PriorGroup?.ToString().ToLowerInvariant(),
                        p is null ? "" : string.Join(", ", p.TradeItems), verify);
                }),
        ];
    }

    /// <summary>True when two dates name the same period at the coarser of their precisions (2024-01 and 2024-01-31 agree; 2024-01 and 2024-02 do not).</summary>
    public static bool SamePeriod(PartialDate a, PartialDate b)
    {
        var precision = (DatePrecision)Math.Min((int)a.Precision, (int)b.Precision);
        return precision switch
        {
            DatePrecision.Year => a.Year == b.Year,
            DatePrecision.Month => a.Year == b.Year && a.Month == b.Month,
            _ => a.Start == b.Start,
        };
    }

    private static PartialDate DateOf(PolicyRecord r) => (r.Milestone("designated") ?? r.Milestone("announced") ?? r.Milestones[^1]).Date;
}
