using System.Collections.Immutable;

namespace SupplyChainNotebooks.Policy;

/// <summary>One dated step in the life of an instrument (passed, promulgated, in force, lifted, …).</summary>
/// <param name="Event">Step name from <see cref="PolicyVocabulary.Events"/>.</param>
/// <param name="Date">Date at the precision the source gives.</param>
/// <param name="Scope">Which part of the instrument the step concerns (e.g. "pillar 4"), or null for all of it.</param>
/// <param name="Note">Qualification of the date or the step, or null.</param>
/// <param name="Verify">True when the step is not confirmed by a source read for the record ("[verify]").</param>
/// <param name="Sources">Addresses that give this step (may be empty when the record's sources cover it).</param>
public sealed record PolicyMilestone(
    string Event,
    PartialDate Date,
    string? Scope,
    string? Note,
    bool Verify,
    ImmutableArray<Uri> Sources)
{
    /// <summary>"in force (pillar 4)"-style label.</summary>
    public string Label => Scope is null ? Event : $"{Event} ({Scope})";
}
