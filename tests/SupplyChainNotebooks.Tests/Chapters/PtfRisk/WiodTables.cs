using System.Collections.Concurrent;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>Real WIOD 2013 tables from the data mirror for chapter-3 tests; skips with a visible reason when absent.</summary>
internal static class WiodTables
{
    private static readonly ConcurrentDictionary<int, Lazy<MrioTable?>> s_tables = new();

    /// <summary>The table of a year (loaded once per test run), or a skip naming the folders searched.</summary>
    public static MrioTable Require(int year)
    {
        var lazy = s_tables.GetOrAdd(year, y => new Lazy<MrioTable?>(() =>
        {
            try { return TableLoader.Load("wiod2013", y, DataFolder.Resolve(null)); }
            catch (DatasetNotFoundException) { return null; }
        }));
        var table = lazy.Value;
        Skip.If(table is null, $"WIOD 2013 {year} not found in {string.Join(", ", DataFolder.Resolve(null).Candidates)} (team data mirror ../shared/data absent)");
        return table!;
    }
}
