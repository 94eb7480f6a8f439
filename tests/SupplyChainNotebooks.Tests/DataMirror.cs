using Xunit;
using SupplyChainNotebooks.Data;

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
}
