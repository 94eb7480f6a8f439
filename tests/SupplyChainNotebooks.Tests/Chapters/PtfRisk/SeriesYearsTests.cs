using SupplyChainNotebooks.Chapters.PtfRisk;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>The years of a thinned time series: evenly spaced back from the last year, the studied year added.</summary>
public sealed class SeriesYearsTests
{
    private static readonly int[] Wiod = Enumerable.Range(1995, 17).ToArray();
    private static readonly int[] LongRun = [1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000];

    [Fact]
    public void SpreadCountsBackFromTheLastYear()
    {
        Assert.Equal([1995, 1999, 2003, 2007, 2011], SeriesYears.Spread(Wiod, 5));
        Assert.Equal([1970, 1980, 1990, 2000], SeriesYears.Spread(LongRun, 5));   // step ⌈7/4⌉ = 2 tables
        Assert.Equal([1995, 2003, 2011], SeriesYears.Spread(Wiod, 3));
        Assert.Equal([2011], SeriesYears.Spread(Wiod, 1));
        Assert.Equal(LongRun, SeriesYears.Spread(LongRun.Reverse(), 8));
        Assert.Equal(LongRun, SeriesYears.Spread(LongRun, 20));
    }

    [Fact]
    public void TheStudiedYearIsAddedWhenAvailable()
    {
        Assert.Equal([1995, 1999, 2003, 2005, 2007, 2011], SeriesYears.Spread(Wiod, 5, include: 2005));
        Assert.Equal([1995, 1999, 2003, 2007, 2011], SeriesYears.Spread(Wiod, 5, include: 2011));
        Assert.Equal([1995, 1999, 2003, 2007, 2011], SeriesYears.Spread(Wiod, 5, include: 2020));   // not a year of the data
    }

    [Fact]
    public void AtLeastOneYearIsAsked() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeriesYears.Spread(Wiod, 0));
}
