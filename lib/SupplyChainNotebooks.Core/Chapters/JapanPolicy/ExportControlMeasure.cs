using System.Collections.Immutable;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>
/// One export-control measure of a country, read from its record: when it was announced, entered into force and was
/// lifted, whom it targeted, how long it was in force, and the numbers the sources give (items, shares, values).
/// </summary>
/// <param name="RecordId">Record id.</param>
/// <param name="Title">Title.</param>
/// <param name="Target">Country aimed at (ISO alpha-3), or null for a country-neutral measure.</param>
/// <param name="Announced">Announcement (or cabinet decision) date, or null.</param>
/// <param name="InForce">First entry into force, or null.</param>
/// <param name="Lifted">Date the measure was lifted, or null while in force.</param>
/// <param name="MonthsInForce">Whole months from entry into force to lifting (null while in force or undated).</param>
/// <param name="Quantities">The record's numbers as "name: value" (e.g. "controlled items: 3 items").</param>
/// <param name="Summary">What the measure does, in the project's words.</param>
/// <param name="Verify">True when a date or the record is flagged for verification.</param>
/// <param name="SourceUrl">First source.</param>
public sealed record ExportControlMeasure(
    string RecordId,
    string Title,
    string? Target,
    PartialDate? Announced,
    PartialDate? InForce,
    PartialDate? Lifted,
    int? MonthsInForce,
    string Quantities,
    string Summary,
    bool Verify,
    Uri SourceUrl)
{
    /// <summary>"in force" or "lifted".</summary>
    public string State => Lifted is null ? "in force" : "lifted";

    /// <summary>The export-control records of <paramref name="country"/>, by first date.</summary>
    public static ImmutableArray<ExportControlMeasure> For(PolicyRecordSet records, string country = "JPN") =>
    [
        .. records.OfKind("export-control").Where(r => r.Jurisdiction == country).OrderBy(r => r.FirstDate).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(From),
    ];

    /// <summary>The measure of one record.</summary>
    public static ExportControlMeasure From(PolicyRecord r)
    {
        var announced = (r.Milestone("announced") ?? r.Milestone("cabinet-decision"))?.Date;
        var inForce = r.FirstInForce;
        var lifted = r.Milestone("lifted")?.Date;
        int? months = inForce is { } a && lifted is { } b ? b.MonthsSince(a) : null;
        return new ExportControlMeasure(r.Id, r.Title, r.Target, announced, inForce, lifted, months,
            string.Join("; ", r.Quantities.Select(q => $"{q.Name}: {q.Display()}")), r.Summary, r.NeedsVerification, r.Sources[0].Url);
    }
}
