using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>One of the four pillars of Japan's Economic Security Promotion Act, read from the Act's record.</summary>
/// <param name="Number">1-based position in the record.</param>
/// <param name="PartId">Part id in the record ("pillar-1").</param>
/// <param name="Title">Name of the pillar.</param>
/// <param name="Summary">What it does.</param>
/// <param name="InForce">Dated in-force steps of the pillar, in date order (a pillar may come into force in steps).</param>
public sealed record EconomicSecurityPillar(int Number, string PartId, string Title, string Summary, ImmutableArray<PolicyMilestone> InForce)
{
    /// <summary>Record id of the Economic Security Promotion Act.</summary>
    public const string ActRecordId = "jp-law-espa";

    /// <summary>First entry into force, or null when the record gives none.</summary>
    public PartialDate? FirstInForce => InForce.Length > 0 ? InForce[0].Date : null;

    /// <summary>"2023-11-17 (designation provisions); 2024-05-17 (prior screening)".</summary>
    public string InForceText => InForce.Length == 0 ? "n/a" : string.Join("; ", InForce.Select(m => m.Scope is null ? m.Date.ToString() : $"{m.Date} ({m.Scope})"));

    /// <summary>The pillars of the Act in record order.</summary>
    /// <exception cref="Errors.UnknownLabelException">The Act's record is missing.</exception>
    public static ImmutableArray<EconomicSecurityPillar> From(PolicyRecordSet records, string actId = ActRecordId) =>
    [
        .. records.Get(actId).Parts.Select((p, i) => new EconomicSecurityPillar(
            i + 1, p.Id, p.Title, p.Summary, [.. p.Milestones.Where(m => m.Event == "in-force")])),
    ];

    /// <summary>Deedle frame: Number, Title, InForce (text), FirstInForce (ISO or empty), Summary.</summary>
    public static Frame<int, string> ToFrame(IEnumerable<EconomicSecurityPillar> pillars) =>
        Frame.FromRecords(pillars.Select(p => new
        {
            p.Number,
            p.Title,
            InForce = p.InForceText,
            FirstInForce = p.FirstInForce?.ToString() ?? "",
            p.Summary,
        }));
}
