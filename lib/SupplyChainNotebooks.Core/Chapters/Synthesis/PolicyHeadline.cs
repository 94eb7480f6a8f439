using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Chapters.JapanPolicy;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.Synthesis;

/// <summary>A headline number of chapters 2 and 5 for the chapter 6 synthesis table, computed from the policy records.</summary>
/// <param name="Chapter">Chapter number (2 or 5).</param>
/// <param name="Name">What the number is.</param>
/// <param name="Value">The number, or null when the records do not give it (shown "n/a").</param>
/// <param name="Display">Formatted value with unit, or "n/a".</param>
/// <param name="RecordIds">Records it was computed from.</param>
public sealed record PolicyHeadline(int Chapter, string Name, double? Value, string Display, ImmutableArray<string> RecordIds)
{
    /// <summary>Name of the headline "Japan: specified critical product categories (latest designation or announcement)".</summary>
    public const string JapanCategories = "Japan: specified critical product categories (latest designation or announcement)";

    /// <summary>Name of the headline "Japan: months from the first to the last pillar entering into force".</summary>
    public const string PillarMonths = "Japan: months from the first to the last pillar entering into force";

    /// <summary>Name of the headline "Japan: export-control measures recorded (of which lifted)".</summary>
    public const string ExportControls = "Japan: export-control measures recorded (of which lifted)";

    /// <summary>Name of the headline "Japan: recorded budget money for the supply-chain pillar".</summary>
    public const string JapanBudget = "Japan: recorded budget money for the supply-chain pillar";

    /// <summary>Name of the headline "Korea: items monitored by the early warning system".</summary>
    public const string EwsItems = "Korea: items monitored by the early warning system";

    /// <summary>Name of the headline "Korea: single-country import share that triggers EWS screening".</summary>
    public const string EwsThreshold = "Korea: single-country import share that triggers EWS screening";

    /// <summary>Name of the headline "Korea: Supply Chain Stabilization Fund (ceiling)".</summary>
    public const string KoreaFund = "Korea: Supply Chain Stabilization Fund (ceiling)";

    /// <summary>Name of the headline "Japan: statements stressing like-minded or multilateral cooperation (of all recorded)".</summary>
    public const string JapanGroupStatements = "Japan: statements stressing like-minded or multilateral cooperation (of all recorded)";

    /// <summary>Name of the headline "Korea: months the early warning system ran before its first statutory basis entered into force".</summary>
    public const string EwsMonthsBeforeBasis = "Korea: months the early warning system ran before its first statutory basis entered into force";

    /// <summary>The record-driven headlines, each recomputed from <paramref name="records"/>.</summary>
    public static ImmutableArray<PolicyHeadline> Compute(PolicyRecordSet records)
    {
        var list = new List<PolicyHeadline>();

        var jpDesignations = records.OfKind("designation").Where(r => r.Jurisdiction == "JPN").OrderBy(r => r.FirstDate).ToArray();
        var latest = jpDesignations.LastOrDefault(r => r.QuantitiesWithRole("total").Any());
        var latestTotal = latest?.QuantitiesWithRole("total").First();
        list.Add(Q(2, JapanCategories, latestTotal, latest));

        var pillars = records.Find(EconomicSecurityPillar.ActRecordId) is null ? [] : EconomicSecurityPillar.From(records);
        var last = pillars.Where(p => p.InForce.Length > 0).Select(p => p.InForce[^1].Date).DefaultIfEmpty().Max();
        var first = pillars.Where(p => p.FirstInForce is not null).Select(p => p.FirstInForce!.Value).DefaultIfEmpty().Min();
        list.Add(pillars.Length == 0
            ? new(2, PillarMonths, null, "n/a", [])
            : new(2, PillarMonths, last.MonthsSince(first), $"{last.MonthsSince(first)} months ({first} → {last})", [EconomicSecurityPillar.ActRecordId]));

        var controls = records.OfKind("export-control").Where(r => r.Jurisdiction == "JPN").ToArray();
        var lifted = controls.Where(r => r.Milestone("lifted") is not null).ToArray();
        list.Add(new(2, ExportControls, controls.Length,
            $"{controls.Length} ({lifted.Length} lifted)", [.. controls.Select(r => r.Id)]));

        var budget = records.OfKind("budget").Where(r => r.Jurisdiction == "JPN").SelectMany(r => r.QuantitiesWithRole("total").Where(q => q.Currency == "JPY").Select(q => (r, q))).ToArray();
        list.Add(budget.Length == 0
            ? new(2, JapanBudget, null, "n/a", [])
            : new(2, JapanBudget, budget.Sum(t => t.q.AmountInCurrencyUnits!.Value) / 1e9, BudgetDisplay(budget.Select(t => t.q).ToArray()),
                [.. budget.Select(t => t.r.Id).Distinct()]));

        var ews = records.OfKind("monitoring-system").FirstOrDefault(r => r.Jurisdiction == "KOR");
        list.Add(Q(5, EwsItems, ews?.QuantitiesWithRole("total").FirstOrDefault(), ews));
        list.Add(Q(5, EwsThreshold, ews?.QuantitiesWithRole("threshold").FirstOrDefault(), ews));

        list.Add(EwsLead(records, ews));

        var fund = records.OfKind("fund").FirstOrDefault(r => r.Jurisdiction == "KOR");
        list.Add(Q(5, KoreaFund, fund?.QuantitiesWithRole("total").FirstOrDefault(), fund));

        var statements = CooperationStatement.For(records);
        var likeMinded = statements.Count(s => s.Stance is "like-minded" or "multilateral");
        list.Add(new(2, JapanGroupStatements, likeMinded,
            $"{likeMinded} of {statements.Length}", [.. statements.Select(s => s.RecordId)]));
        return [.. list];
    }

    /// <summary>Deedle frame: Chapter, Name, Value (missing when n/a), Display, Records.</summary>
    public static Frame<int, string> ToFrame(IEnumerable<PolicyHeadline> headlines) =>
        Frame.FromRecords(headlines.Select(h => new
        {
            h.Chapter,
            h.Name,
            Value = h.Value ?? double.NaN,
            h.Display,
            Records = string.Join(", ", h.RecordIds),
        }));

    private static PolicyHeadline EwsLead(PolicyRecordSet records, PolicyRecord? ews)
    {
        var start = ews is null ? null : (ews.Milestone("launched")?.Date ?? ews.FirstDate) as PartialDate?;
        var bases = ews?.Basis.Select(records.Find).Where(b => b?.FirstInForce is not null).Select(b => (Id: b!.Id, InForce: b.FirstInForce!.Value)).OrderBy(b => b.InForce).ToArray() ?? [];
        if (start is not { } s || bases.Length == 0) return new(5, EwsMonthsBeforeBasis, null, "n/a", ews is null ? [] : [ews.Id]);
        var months = bases[0].InForce.MonthsSince(s);
        return new(5, EwsMonthsBeforeBasis, months, $"{months} months ({s} → {bases[0].InForce}, {bases[0].Id})", [ews!.Id, bases[0].Id]);
    }

    private static PolicyHeadline Q(int chapter, string name, PolicyQuantity? q, PolicyRecord? r) =>
        q is null || r is null
            ? new(chapter, name, null, "n/a", [])
            : new(chapter, name, q.Kind == "money" ? q.AmountInCurrencyUnits : q.Value, q.Display(), [r.Id]);

    /// <summary>
    /// The summed budget lines with their parts ("¥1,145.8 bn = ¥1,035.8 bn + ¥110 bn") and "[verify]" when a line's note
    /// says its relation to the others is unsettled, so a sum that rests on an unverified reading is never shown bare.
    /// </summary>
    private static string BudgetDisplay(IReadOnlyList<PolicyQuantity> lines)
    {
        var total = lines.Sum(q => q.AmountInCurrencyUnits!.Value) / 1e9;
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"¥{total:#,0.#} bn");
        if (lines.Count > 1) text += " = " + string.Join(" + ", lines.Select(q => q.Display()));
        if (lines.Any(q => q.Note?.Contains("[verify]", StringComparison.Ordinal) == true)) text += " [verify]";
        return text;
    }
}
