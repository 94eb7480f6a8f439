using System.Collections.Immutable;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>One country's bars of a KOR-vs-JPN comparison: a value (null = no data, drawn as no bar) and a hover line per category.</summary>
/// <param name="Country">Country code (legend).</param>
/// <param name="Values">One value per category, null when undefined or missing.</param>
/// <param name="Hover">One hover line per category (numbers behind the bar, or the no-data reason).</param>
public sealed record KoreaJapanBarSeries(string Country, ImmutableArray<double?> Values, ImmutableArray<string> Hover);

/// <summary>
/// Data of a grouped KOR-vs-JPN bar chart, independent of the chart library: category labels (with "[KOR: no data]"
/// marks where a side has no value, so a missing bar is never silent) and one series per country.
/// </summary>
/// <param name="Categories">Category labels.</param>
/// <param name="Series">One series per country, in column order.</param>
public sealed record KoreaJapanBars(ImmutableArray<string> Categories, ImmutableArray<KoreaJapanBarSeries> Series)
{
    /// <summary>True when at least one bar has a value.</summary>
    public bool HasValues => Series.Any(s => s.Values.Any(v => v is not null));
}
