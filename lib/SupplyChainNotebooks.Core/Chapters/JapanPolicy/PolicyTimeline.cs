using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>
/// Chapter 2 timeline: one <see cref="TimelineEvent"/> per dated milestone of each selected record, ordered by date.
/// Nothing is typed in: change a record's date and the timeline moves.
/// </summary>
public static class PolicyTimeline
{
    /// <summary>The lanes of the chapter 2 chart: laws, designations, budgets, export controls and cooperation.</summary>
    public static readonly ImmutableArray<TimelineCategory> ChapterTwoCategories =
        [TimelineCategory.Law, TimelineCategory.Designation, TimelineCategory.Budget, TimelineCategory.ExportControl, TimelineCategory.Cooperation];

    /// <summary>Lane of a record kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A kind outside <see cref="PolicyVocabulary.Kinds"/>.</exception>
    public static TimelineCategory CategoryOf(string kind) => kind switch
    {
        "law" or "amendment" or "cabinet-decision" => TimelineCategory.Law,
        "designation" => TimelineCategory.Designation,
        "budget" or "fund" => TimelineCategory.Budget,
        "export-control" => TimelineCategory.ExportControl,
        "agreement" or "framework" or "dialogue" => TimelineCategory.Cooperation,
        "strategy" => TimelineCategory.Strategy,
        "monitoring-system" => TimelineCategory.Monitoring,
        "statement" => TimelineCategory.Statement,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown policy record kind"),
    };

    /// <summary>Events of every record involving <paramref name="country"/> whose lane is in <paramref name="categories"/>.</summary>
    /// <param name="records">Loaded records.</param>
    /// <param name="country">ISO alpha-3 code; a record counts if its jurisdiction names the country or lists it as a party.</param>
    /// <param name="categories">Lanes to keep; default <see cref="ChapterTwoCategories"/>.</param>
    public static ImmutableArray<TimelineEvent> For(PolicyRecordSet records, string country = "JPN", IEnumerable<TimelineCategory>? categories = null)
    {
        var keep = (categories ?? ChapterTwoCategories).ToHashSet();
        return Build(records.Records.Where(r => r.Involves(country) && keep.Contains(CategoryOf(r.Kind))));
    }

    /// <summary>Events of the given records, ordered by date, then record, then file order of the milestones.</summary>
    public static ImmutableArray<TimelineEvent> Build(IEnumerable<PolicyRecord> records) =>
    [
        .. records
            .SelectMany(r => r.Milestones.Select((m, i) => (r, m, i)))
            .OrderBy(t => t.m.Date).ThenBy(t => t.r.Id, StringComparer.Ordinal).ThenBy(t => t.i)
            .Select(t => new TimelineEvent(
                t.r.Id, t.r.Title, t.r.Jurisdiction, CategoryOf(t.r.Kind), t.m.Event, t.m.Scope, t.m.Date,
                t.m.Verify || t.r.Confidence == "low",
                t.m.Sources.Length > 0 ? t.m.Sources[0] : t.r.Sources[0].Url) { StepOfRecord = t.i }),
    ];

    /// <summary>The events whose period ends on or after the start of <paramref name="from"/>.</summary>
    /// <remarks>The steps are renumbered so that a record's first remaining step carries its title on a chart.</remarks>
    public static ImmutableArray<TimelineEvent> Since(IEnumerable<TimelineEvent> events, PartialDate from)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return
        [
            .. events.Where(e => e.Date.End >= from.Start).Select(e =>
            {
                var step = seen.GetValueOrDefault(e.RecordId);
                seen[e.RecordId] = step + 1;
                return e with { StepOfRecord = step };
            }),
        ];
    }

    /// <summary>Display name of a lane ("ExportControl" → "Export controls").</summary>
    public static string LaneName(TimelineCategory category) => category switch
    {
        TimelineCategory.Law => "Laws and guidelines",
        TimelineCategory.Designation => "Designations",
        TimelineCategory.Budget => "Budgets and funds",
        TimelineCategory.ExportControl => "Export controls",
        TimelineCategory.Cooperation => "Cooperation",
        TimelineCategory.Strategy => "Strategies",
        TimelineCategory.Monitoring => "Monitoring",
        _ => "Statements",
    };

    /// <summary>Number of events per lane (lanes without events are left out).</summary>
    public static ImmutableSortedDictionary<TimelineCategory, int> CountByCategory(IEnumerable<TimelineEvent> events) =>
        events.GroupBy(e => e.Category).ToImmutableSortedDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Deedle frame, one row per event: Date (ISO text at source precision), PlotDate, Precision, Category, Event, Scope,
    /// RecordId, Title, Jurisdiction, Verify, SourceUrl.
    /// </summary>
    public static Frame<int, string> ToFrame(IEnumerable<TimelineEvent> events) =>
        Frame.FromRecords(events.Select(e => new
        {
            Date = e.Date.ToString(),
            e.PlotDate,
            Precision = e.Precision.ToString(),
            Category = e.Category.ToString(),
            e.Event,
            Scope = e.Scope ?? "",
            e.RecordId,
            e.Title,
            e.Jurisdiction,
            e.Verify,
            SourceUrl = e.SourceUrl.ToString(),
        }));
}
