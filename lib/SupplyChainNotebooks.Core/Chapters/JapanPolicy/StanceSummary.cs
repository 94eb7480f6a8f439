using System.Collections.Immutable;
using System.Globalization;

namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>Statements of one stance: how many, which share of all, first and latest date.</summary>
/// <param name="Stance">national, bilateral, trilateral, like-minded or multilateral.</param>
/// <param name="Count">Statements with this stance.</param>
/// <param name="Share">Count over all statements (0–1).</param>
/// <param name="First">Earliest statement date.</param>
/// <param name="Latest">Latest statement date.</param>
/// <param name="RecordIds">Statement ids, by date.</param>
public sealed record StanceCount(string Stance, int Count, double Share, Policy.PartialDate First, Policy.PartialDate Latest, string RecordIds);

/// <summary>
/// Japan's position on cooperation computed from the sourced statements: counts per stance, the statements going beyond
/// national measures (bilateral, trilateral, like-minded, multilateral), the most frequent stance and a one-line
/// summary. Add or reclassify a statement and the summary changes.
/// </summary>
/// <param name="Country">Country whose statements are summarised.</param>
/// <param name="Total">Statements counted.</param>
/// <param name="ByStance">One row per stance present, most frequent first (ties in the order national → multilateral).</param>
/// <param name="Cooperative">Statements with a stance other than national.</param>
/// <param name="GroupCooperation">Like-minded or multilateral statements (cooperation in groups of countries).</param>
/// <param name="Bilateral">Bilateral or trilateral statements.</param>
/// <param name="First">Earliest statement, or null.</param>
/// <param name="Latest">Latest statement, or null.</param>
public sealed record StanceSummary(
    string Country,
    int Total,
    ImmutableArray<StanceCount> ByStance,
    int Cooperative,
    int GroupCooperation,
    int Bilateral,
    Policy.PartialDate? First,
    Policy.PartialDate? Latest)
{
    private static readonly string[] s_order = ["national", "bilateral", "trilateral", "like-minded", "multilateral"];

    /// <summary>The most frequent stance(s), joined by " and " on a tie, or null without statements.</summary>
    public string? Dominant => ByStance.IsEmpty ? null : string.Join(" and ", ByStance.Where(s => s.Count == ByStance[0].Count).Select(s => s.Stance));

    /// <summary>Summarises statements (e.g. <see cref="CooperationStatement.For"/>).</summary>
    public static StanceSummary Of(IReadOnlyCollection<CooperationStatement> statements, string country = "JPN")
    {
        var total = statements.Count;
        var by = statements.GroupBy(s => s.Stance)
            .Select(g => new StanceCount(g.Key, g.Count(), (double)g.Count() / total, g.Min(s => s.Date), g.Max(s => s.Date),
                string.Join(", ", g.OrderBy(s => s.Date).Select(s => s.RecordId))))
            .OrderByDescending(s => s.Count).ThenBy(s => Array.IndexOf(s_order, s.Stance))
            .ToImmutableArray();
        return new StanceSummary(country, total, by,
            statements.Count(s => s.Stance != "national"),
            statements.Count(s => s.Stance is "like-minded" or "multilateral"),
            statements.Count(s => s.Stance is "bilateral" or "trilateral"),
            total == 0 ? null : statements.Min(s => s.Date),
            total == 0 ? null : statements.Max(s => s.Date));
    }

    /// <summary>One line with the computed counts, e.g. "8 statements (2021-10-23 to 2025-02-27): 6 go beyond national measures …".</summary>
    public string Describe()
    {
        if (Total == 0) return $"no statement of {Country} is recorded";
        string P(int n) => ((double)n / Total).ToString("P0", CultureInfo.InvariantCulture);
        return $"{Total} statements of {Country} ({First} to {Latest}): {Cooperative} ({P(Cooperative)}) go beyond national measures — "
            + $"{GroupCooperation} with like-minded or multilateral groups, {Bilateral} bilateral or trilateral; most frequent stance: {Dominant} "
            + $"({ByStance[0].Count} of {Total}).";
    }
}
