using System.Collections.Concurrent;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests;

/// <summary>
/// Finds real data the way the product does (<see cref="DataFolder"/>: SUPPLYCHAIN_DATA, then ../shared/data, then
/// .data/) and skips a test with a visible reason when a file is absent.
/// </summary>
public static class DataMirror
{
    /// <summary>The full path of a file below the data folder; skips the test when no data folder has it.</summary>
    public static string Require(string relativePath)
    {
        var folders = DataFolder.Resolve(null);
        var found = folders.Find([relativePath]);
        Skip.If(found is null, $"real data '{relativePath}' not found in {string.Join(", ", folders.Candidates)} (team data mirror absent)");
        return found!;
    }

    /// <summary>Skips the test unless a catalog dataset year is present; returns nothing (load with TableLoader).</summary>
    public static void RequireDataset(string datasetId, int year)
    {
        var years = DataCatalog.Default.AvailableYears(datasetId, DataFolder.Resolve(null));
        Skip.IfNot(years.Contains(year), $"dataset {datasetId} {year} not present in {string.Join(", ", DataFolder.Resolve(null).Candidates)} (team data mirror absent)");
    }

    private static readonly ConcurrentDictionary<(string, int), Lazy<MrioTable?>> s_tables = new();

    /// <summary>A catalog table year (loaded once per test run and shared), or a skip naming the folders searched.</summary>
    public static MrioTable RequireTable(string datasetId, int year)
    {
        var lazy = s_tables.GetOrAdd((datasetId, year), key => new Lazy<MrioTable?>(() =>
        {
            try { return TableLoader.Load(key.Item1, key.Item2, DataFolder.Resolve(null)); }
            catch (DatasetNotFoundException) { return null; }
        }));
        var table = lazy.Value;
        Skip.If(table is null, $"dataset {datasetId} {year} not found in {string.Join(", ", DataFolder.Resolve(null).Candidates)} (team data mirror ../shared/data absent)");
        return table!;
    }
}
