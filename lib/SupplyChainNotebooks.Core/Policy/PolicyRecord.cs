using System.Collections.Immutable;

namespace SupplyChainNotebooks.Policy;

/// <summary>
/// One policy instrument (law, designation, budget, export control, agreement, statement, …) as recorded in
/// <c>data/policy/*.json</c>: its dates, quantities, comparison facets and sources. Immutable; built only by
/// <see cref="PolicyRecordLoader"/>, which validates every field.
/// </summary>
public sealed record PolicyRecord
{
    /// <summary>Stable identifier (lower-case words joined by '-', e.g. "kr-law-supply-chain-framework").</summary>
    public required string Id { get; init; }

    /// <summary>English title.</summary>
    public required string Title { get; init; }

    /// <summary>Title in the original language, or null.</summary>
    public string? TitleOriginal { get; init; }

    /// <summary>Jurisdiction code from <see cref="PolicyVocabulary.Jurisdictions"/>.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>Parties of a multilateral instrument (ISO alpha-3; "EUR" for the EU), empty otherwise.</summary>
    public ImmutableArray<string> Parties { get; init; } = [];

    /// <summary>Country an export control is aimed at, or null.</summary>
    public string? Target { get; init; }

    /// <summary>Kind from <see cref="PolicyVocabulary.Kinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>What the instrument does, in the project's own words.</summary>
    public required string Summary { get; init; }

    /// <summary>Dated steps, in date order.</summary>
    public required ImmutableArray<PolicyMilestone> Milestones { get; init; }

    /// <summary>Parts with their own dates (the pillars of a law), possibly empty.</summary>
    public ImmutableArray<PolicyPart> Parts { get; init; } = [];

    /// <summary>Numbers given by the sources, possibly empty.</summary>
    public ImmutableArray<PolicyQuantity> Quantities { get; init; } = [];

    /// <summary>Statements on comparison dimensions (<see cref="PolicyVocabulary.FacetDimensions"/>), keyed by dimension.</summary>
    public ImmutableSortedDictionary<string, string> Facets { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Ids of the records this one rests on (its legal basis or the event it belongs to).</summary>
    public ImmutableArray<string> Basis { get; init; } = [];

    /// <summary>Ids of critical-product records (chapter 4's <c>jp-spec-NN</c>) a designation covers.</summary>
    public ImmutableArray<string> ItemRefs { get; init; } = [];

    /// <summary>How far a designated list is published (full, partial, none), or null when not a list.</summary>
    public string? Disclosure { get; init; }

    /// <summary>Who made a statement, or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>Position a statement takes on cooperation (<see cref="PolicyVocabulary.Stances"/>), or null.</summary>
    public string? Stance { get; init; }

    /// <summary>Public sources, at least one.</summary>
    public required ImmutableArray<PolicySource> Sources { get; init; }

    /// <summary>high, medium or low.</summary>
    public required string Confidence { get; init; }

    /// <summary>How the facts were checked and what remains to verify.</summary>
    public required string Verification { get; init; }

    /// <summary>File the record was read from.</summary>
    public required string File { get; init; }

    /// <summary>1-based line of the record's id in <see cref="File"/>, or null if not found.</summary>
    public int? Line { get; init; }

    /// <summary>Earliest dated step.</summary>
    public PartialDate FirstDate => Milestones[0].Date;

    /// <summary>First step with the given event name, or null.</summary>
    public PolicyMilestone? Milestone(string @event) => Milestones.FirstOrDefault(m => m.Event == @event);

    /// <summary>Earliest entry into force of the whole instrument or a part of it, or null.</summary>
    public PartialDate? FirstInForce => Milestones.Where(m => m.Event == "in-force").Select(m => (PartialDate?)m.Date).FirstOrDefault();

    /// <summary>Quantities with the given role.</summary>
    public IEnumerable<PolicyQuantity> QuantitiesWithRole(string role) => Quantities.Where(q => q.Role == role);

    /// <summary>Facet text for a dimension, or null.</summary>
    public string? Facet(string dimension) => Facets.TryGetValue(dimension, out var text) ? text : null;

    /// <summary>True when <paramref name="country"/> is named by the jurisdiction code or is a party.</summary>
    public bool Involves(string country) =>
        PolicyVocabulary.CountriesOf(Jurisdiction).Contains(country) || Parties.Contains(country);

    /// <summary>True when the record or one of its steps is flagged for verification (low confidence or [verify]).</summary>
    public bool NeedsVerification => Confidence == "low" || Milestones.Any(m => m.Verify);

    /// <summary>"file:line (record 'id')" for messages.</summary>
    public string Location => Line is { } l ? $"{File}:{l} (record '{Id}')" : $"{File} (record '{Id}')";
}
