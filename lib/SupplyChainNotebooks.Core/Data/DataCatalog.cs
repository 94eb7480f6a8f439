using System.Text.Json;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// The datasets the project knows (<c>data/catalog.json</c>): id, edition, years, official download, format, licence,
/// citation, and where their files are looked for in a data folder.
/// </summary>
public sealed class DataCatalog
{
    private static readonly Lazy<DataCatalog> s_default = new(() => Load(RepositoryLayout.ProjectData("catalog.json")));

    private static JsonSerializerOptions JsonOptions => ProjectJson.Options;

    private DataCatalog(string path, IReadOnlyList<DatasetEntry> entries)
    {
        Path = path;
        Datasets = entries;
    }

    /// <summary>The catalog of this checkout.</summary>
    public static DataCatalog Default => s_default.Value;

    /// <summary>File the catalog was read from.</summary>
    public string Path { get; }

    /// <summary>All datasets in catalog order.</summary>
    public IReadOnlyList<DatasetEntry> Datasets { get; }

    /// <summary>Reads and validates a catalog file.</summary>
    /// <exception cref="DataFormatException">Invalid JSON, duplicate ids or missing fields.</exception>
    public static DataCatalog Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "catalog file not found");
        DatasetEntry[]? entries;
        try
        {
            entries = JsonSerializer.Deserialize<DatasetEntry[]>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, e.LineNumber + 1, null, $"invalid catalog JSON: {e.Message}", e);
        }
        if (entries is null) throw new DataFormatException(path, 1, null, "catalog is empty");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            if (!seen.Add(e.Id)) throw new DataFormatException(path, null, null, $"duplicate dataset id '{e.Id}'");
            if (e.Files.Count == 0) throw new DataFormatException(path, null, null, $"dataset '{e.Id}' lists no file locations");
            _ = e.YearList;
        }
        return new DataCatalog(path, entries);
    }

    /// <summary>A dataset by id (case-insensitive).</summary>
    /// <exception cref="UnknownLabelException">No such dataset; the message lists the closest ids.</exception>
    public DatasetEntry Get(string id) =>
        Datasets.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownLabelException("dataset", id, "data/catalog.json", Datasets.Select(d => d.Id));

    /// <summary>The file of one dataset year in the data folders, with the reader format to use.</summary>
    /// <exception cref="DatasetNotFoundException">Not found in any folder; the message lists the folders and how to fetch.</exception>
    public (string Path, string Format) Locate(string id, int? year, DataFolder? folders = null)
    {
        var entry = Get(id);
        folders ??= DataFolder.Current;
        if (year is { } y && !entry.YearList.Contains(y))
            throw new SupplyChainException($"dataset '{entry.Id}' has no year {y}; it covers {entry.Years}");
        foreach (var folder in folders.Candidates)
            foreach (var pattern in entry.Files)
            {
                var p = System.IO.Path.Combine(folder, pattern.For(year));
                if (File.Exists(p)) return (p, pattern.Format ?? entry.Format);
            }
        var what = year is { } yr ? $"year {yr} ({string.Join(" or ", entry.Files.Select(f => f.For(year)))})" : string.Join(" or ", entry.Files.Select(f => f.Path));
        throw new DatasetNotFoundException(entry.Id, what, folders.Candidates, HowToObtain(entry));
    }

    /// <summary>Years of a dataset that are present in the data folders.</summary>
    public IReadOnlyList<int> AvailableYears(string id, DataFolder? folders = null)
    {
        var entry = Get(id);
        folders ??= DataFolder.Current;
        return entry.YearList.Where(y => entry.Files.Any(f => folders.Candidates.Any(c => File.Exists(System.IO.Path.Combine(c, f.For(y)))))).ToArray();
    }

    /// <summary>The instructions printed when a dataset is missing.</summary>
    public static string HowToObtain(DatasetEntry entry) =>
        entry.Download is not null
            ? $"Download it with './scn data fetch {entry.Id} --years …' (source: {entry.Url}), or put the files in a folder given by --data DIR or {DataFolder.EnvironmentVariable}."
            : $"Obtain it from {entry.Url} and put the files in a folder given by --data DIR or {DataFolder.EnvironmentVariable} (see './scn data info {entry.Id}').";
}
