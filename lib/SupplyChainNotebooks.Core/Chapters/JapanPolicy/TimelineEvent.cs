using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Chapters.JapanPolicy;

/// <summary>One dated milestone of one policy record, placed on a timeline lane.</summary>
/// <param name="RecordId">Id of the record the milestone belongs to.</param>
/// <param name="Title">Record title.</param>
/// <param name="Jurisdiction">Record jurisdiction code.</param>
/// <param name="Category">Timeline lane.</param>
/// <param name="Event">Milestone name (passed, in-force, lifted, …).</param>
/// <param name="Scope">Part of the instrument concerned, or null.</param>
/// <param name="Date">Date at the precision of the source.</param>
/// <param name="Verify">True when the milestone or its record is flagged [verify] or low confidence.</param>
/// <param name="SourceUrl">First source of the milestone (or of the record when the milestone names none).</param>
public sealed record TimelineEvent(
    string RecordId,
    string Title,
    string Jurisdiction,
    TimelineCategory Category,
    string Event,
    string? Scope,
    PartialDate Date,
    bool Verify,
    Uri SourceUrl)
{
    /// <summary>Precision of <see cref="Date"/>.</summary>
    public DatePrecision Precision => Date.Precision;

    /// <summary>Where to plot the event: the first day of its period (a month-precision date sits on the 1st).</summary>
    public DateTime PlotDate => Date.Start.ToDateTime(TimeOnly.MinValue);

    /// <summary>0 for the record's first dated step on the timeline, 1 for the next, and so on.</summary>
    public int StepOfRecord { get; init; }

    /// <summary>The record title up to its first parenthesis or colon, at most 26 characters (an ellipsis marks a cut).</summary>
    public string ShortTitle
    {
        get
        {
            var t = Title;
            var cut = t.IndexOfAny(['(', ':']);
            if (cut > 0) t = t[..cut].TrimEnd();
            return t.Length <= 26 ? t : t[..25].TrimEnd() + "…";
        }
    }

    /// <summary>
    /// Text drawn on a chart: the short title at the record's first step and "lifted" where a measure ends; other steps
    /// stay unlabelled markers (their hover tells them), so labels of close steps do not overprint each other.
    /// </summary>
    public string ChartLabel => StepOfRecord == 0 ? ShortTitle + (Verify ? " [verify]" : "") : Event == "lifted" ? "lifted" : "";

    /// <summary>Hover label: "2022-12-20 designated — Cabinet Order …", with "[verify]" when flagged.</summary>
    public string Label => $"{Date} {Event}{(Scope is null ? "" : $" ({Scope})")} — {Title}{(Verify ? " [verify]" : "")}";
}
