using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Data;

/// <summary>Loads a catalog dataset year as an <see cref="MrioTable"/> from the data folders.</summary>
public static class TableLoader
{
    /// <summary>Loads <paramref name="datasetId"/> for <paramref name="year"/>.</summary>
    /// <exception cref="Errors.DatasetNotFoundException">The file is in no data folder.</exception>
    /// <exception cref="Errors.DataFormatException">The file does not have the expected layout.</exception>
    public static MrioTable Load(string datasetId, int year, DataFolder? folders = null, DataCatalog? catalog = null)
    {
        catalog ??= DataCatalog.Default;
        var entry = catalog.Get(datasetId);
        if (entry.Kind != "mrio")
            throw new Errors.SupplyChainException($"dataset '{entry.Id}' is {entry.Kind} data, not a multi-regional input–output table");
        var (path, format) = catalog.Locate(entry.Id, year, folders);
        return MrioFormats.Read(format, path, entry, year);
    }
}
