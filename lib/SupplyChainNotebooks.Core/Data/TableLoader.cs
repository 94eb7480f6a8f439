using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Data;

/// <summary>Loads a catalog dataset year as an <see cref="MrioTable"/> from the data folders.</summary>
public static class TableLoader
{
    /// <summary>
    /// Loads <paramref name="datasetId"/> for <paramref name="year"/>, through the parsed-table cache
    /// (<see cref="TableCache.Default"/> unless <paramref name="cache"/> is given; disable with <c>SCN_TABLE_CACHE=off</c>).
    /// </summary>
    /// <exception cref="Errors.DatasetNotFoundException">The file is in no data folder.</exception>
    /// <exception cref="Errors.DataFormatException">The file does not have the expected layout.</exception>
    public static MrioTable Load(string datasetId, int year, DataFolder? folders = null, DataCatalog? catalog = null, TableCache? cache = null)
    {
        catalog ??= DataCatalog.Default;
        var entry = catalog.Get(datasetId);
        if (entry.Kind != "mrio")
            throw new Errors.SupplyChainException($"dataset '{entry.Id}' is {entry.Kind} data, not a multi-regional input–output table");
        var (path, format) = catalog.Locate(entry.Id, year, folders);
        var readerKey = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"format={format}|dataset={entry.Id}|year={year}|merge={entry.MergeSplitCountries}");
        return (cache ?? TableCache.Default).GetOrRead(path, entry.Id, readerKey, () => MrioFormats.Read(format, path, entry, year));
    }
}
