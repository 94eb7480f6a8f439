using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// The table readers by format id (the <c>format</c> of a catalog entry or file pattern). Add a reader here when a new
/// layout is supported.
/// </summary>
public static class MrioFormats
{
    /// <summary>A reader: file path, catalog entry and year to table.</summary>
    public delegate MrioTable Reader(string path, DatasetEntry entry, int? year);

    private static readonly Dictionary<string, Reader> s_readers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["icio-csv"] = (path, entry, year) => IcioCsvReader.Read(path, new IcioReadOptions
        {
            DatasetId = entry.Id, Year = year, MergeSplitCountries = entry.MergeSplitCountries,
            ExpectedEdition = entry.IndustryEdition, CustomLayout = entry.CustomLayout,
        }),
        [WiodWorkbookReader.FormatId] = (path, entry, year) => WiodWorkbookReader.Read(path, entry.Id, year),
        ["adb-xlsx"] = (path, entry, year) => AdbMrioExcelReader.Read(path, entry.Id, year),
        ["wiod2016-xlsx"] = (path, entry, year) => Wiod2016ExcelReader.Read(path, entry.Id, year),
        ["wiod2016-csv"] = (path, entry, year) => Wiod2016CsvReader.Read(path, entry.Id, year),
    };

    /// <summary>Format ids with a reader.</summary>
    public static IReadOnlyCollection<string> Known => s_readers.Keys;

    /// <summary>Reads a file with the reader of a format.</summary>
    /// <exception cref="UnknownLabelException">No reader for the format.</exception>
    public static MrioTable Read(string format, string path, DatasetEntry entry, int? year) =>
        s_readers.TryGetValue(format, out var reader)
            ? reader(path, entry, year)
            : throw new UnknownLabelException("table format", format, $"dataset '{entry.Id}'", s_readers.Keys);
}
