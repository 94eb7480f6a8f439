using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>A sourced statement of a country's position on cooperation (national, bilateral, like-minded, multilateral).</summary>
/// <param name="RecordId">Statement record id.</param>
/// <param name="Date">When it was made.</param>
/// <param name="Speaker">Who made it.</param>
/// <param name="Stance">Position taken (the project's classification of the statement).</param>
/// <param name="Title">Headline.</param>
/// <param name="Summary">Paraphrase in the project's own words.</param>
/// <param name="SourceUrl">Where it can be read.</param>
public sealed record CooperationStatement(string RecordId, PartialDate Date, string Speaker, string Stance, string Title, string Summary, Uri SourceUrl)
{
    /// <summary>Statements involving <paramref name="country"/>, in date order.</summary>
    public static ImmutableArray<CooperationStatement> For(PolicyRecordSet records, string country = "JPN") =>
    [
        .. records.OfKind("statement").Where(r => r.Involves(country)).OrderBy(r => r.FirstDate).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new CooperationStatement(r.Id, r.FirstDate, r.Speaker!, r.Stance!, r.Title, r.Summary,
                r.Milestones[0].Sources.Length > 0 ? r.Milestones[0].Sources[0] : r.Sources[0].Url)),
    ];

    /// <summary>Number of statements per stance, for the prose ("n of m statements stress like-minded cooperation").</summary>
    public static ImmutableSortedDictionary<string, int> CountByStance(IEnumerable<CooperationStatement> statements) =>
        statements.GroupBy(s => s.Stance).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Deedle frame: Date, Speaker, Stance, Title, Summary, SourceUrl, RecordId.</summary>
    public static Frame<int, string> ToFrame(IEnumerable<CooperationStatement> statements) =>
        Frame.FromRecords(statements.Select(s => new
        {
            Date = s.Date.ToString(),
            s.Speaker,
            s.Stance,
            s.Title,
            s.Summary,
            SourceUrl = s.SourceUrl.ToString(),
            s.RecordId,
        }));
}
