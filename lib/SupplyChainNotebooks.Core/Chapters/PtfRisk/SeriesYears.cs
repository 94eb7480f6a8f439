namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>Which years a time series runs on when every year would take too long (e.g. the notebook's default).</summary>
public static class SeriesYears
{
    /// <summary>
    /// At most <paramref name="maxYears"/> of the <paramref name="available"/> years, evenly spaced and counted back
    /// from the last year so that the latest table is always included: 1995–2011 with 5 gives 1995, 1999, 2003, 2007,
    /// 2011; 1965–2000 in steps of 5 with 5 gives 1970, 1980, 1990, 2000. All years when there are no more than
    /// <paramref name="maxYears"/>. <paramref name="include"/> (e.g. the year studied in detail) is added when it is
    /// available and not already picked.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxYears"/> is below 1.</exception>
    public static IReadOnlyList<int> Spread(IEnumerable<int> available, int maxYears, int? include = null)
    {
        ArgumentNullException.ThrowIfNull(available);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxYears, 1);
        var years = available.Distinct().Order().ToArray();
        var picked = new SortedSet<int>();
        if (years.Length <= maxYears) picked.UnionWith(years);
        else
        {
            var step = maxYears == 1 ? years.Length : (years.Length - 1 + maxYears - 2) / (maxYears - 1);   // ceil((n − 1) / (max − 1))
            for (var i = years.Length - 1; i >= 0; i -= step) picked.Add(years[i]);
        }
        if (include is { } y && years.Contains(y)) picked.Add(y);
        return [.. picked];
    }
}
