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
    /// <param name="datasetId">Catalog id.</param>
    /// <param name="year">Table year.</param>
    /// <param name="folders">Data folders (default <see cref="DataFolder.Current"/>).</param>
    /// <param name="catalog">Catalog (default <see cref="DataCatalog.Default"/>).</param>
    /// <param name="aggregate">Concordance names or files (<c>data/concordance/</c>) applied in order to the table before
    /// it is returned (see <see cref="ConcordanceAggregation"/>); null or empty = the table as published.</param>
    /// <param name="cache">Parsed-table cache (default <see cref="TableCache.Default"/>).</param>
    /// <exception cref="Errors.DatasetNotFoundException">The file is in no data folder.</exception>
    /// <exception cref="Errors.DataFormatException">The file does not have the expected layout.</exception>
    /// <exception cref="Errors.ConcordanceCoverageException">A concordance does not fit the table.</exception>
    public static MrioTable Load(string datasetId, int year, DataFolder? folders = null, DataCatalog? catalog = null,
        IReadOnlyList<string>? aggregate = null, TableCache? cache = null)
    {
        if (aggregate is { Count: > 0 })
        {
            var concordances = aggregate.Select(a => ConcordanceLibrary.Get(a)).ToArray(); // unknown names fail before reading
            return ConcordanceAggregation.Apply(Load(datasetId, year, folders, catalog), concordances).Table;
        }
        catalog ??= DataCatalog.Default;
        var entry = catalog.Get(datasetId);
        if (entry.Kind != "mrio")
            throw new Errors.SupplyChainException($"dataset '{entry.Id}' is {entry.Kind} data, not a multi-regional input–output table");
        var (path, format) = catalog.Locate(entry.Id, year, folders);
        var readerKey = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"format={format}|dataset={entry.Id}|year={year}|merge={entry.MergeSplitCountries}|edition={entry.IndustryEdition}|custom={entry.CustomLayout}");
        return (cache ?? TableCache.Default).GetOrRead(path, entry.Id, readerKey, () => MrioFormats.Read(format, path, entry, year));
    }

    /// <summary>
    /// Like <see cref="Load"/>, but a table that no data folder holds is not an error: returns null and the reason (the
    /// folders searched and how to obtain the table) — for pages that describe what is present. A table that is present
    /// but malformed still throws.
    /// </summary>
    /// <param name="datasetId">Catalog id.</param>
    /// <param name="year">Table year.</param>
    /// <param name="whyMissing">Null when loaded; otherwise the dataset-not-found message.</param>
    /// <param name="folders">Data folders (default <see cref="DataFolder.Current"/>).</param>
    /// <param name="catalog">Catalog (default <see cref="DataCatalog.Default"/>).</param>
    public static MrioTable? TryLoad(string datasetId, int year, out string? whyMissing, DataFolder? folders = null, DataCatalog? catalog = null)
    {
        try
        {
            whyMissing = null;
            return Load(datasetId, year, folders, catalog);
        }
        catch (Errors.DatasetNotFoundException e)
        {
            whyMissing = e.Message;
            return null;
        }
    }
}
