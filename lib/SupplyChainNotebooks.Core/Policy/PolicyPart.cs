using System.Collections.Immutable;

namespace SupplyChainNotebooks.Policy;

/// <summary>A part of an instrument with its own dates, such as one pillar of a law.</summary>
/// <param name="Id">Identifier unique within the record (e.g. "pillar-2").</param>
/// <param name="Title">Name of the part.</param>
/// <param name="Summary">What the part does, in the project's own words.</param>
/// <param name="Milestones">Dated steps of this part, in date order.</param>
public sealed record PolicyPart(string Id, string Title, string Summary, ImmutableArray<PolicyMilestone> Milestones);
