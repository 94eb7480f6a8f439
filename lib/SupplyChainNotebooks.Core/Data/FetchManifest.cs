using System.Text.Json;

namespace SupplyChainNotebooks.Data;

/// <summary>One file written by <see cref="DatasetFetcher"/>.</summary>
/// <param name="DatasetId">Catalog id.</param>
/// <param name="Year">Year of the table.</param>
/// <param name="Url">URL downloaded.</param>
/// <param name="DownloadSha256">SHA-256 of the downloaded bytes (the archive when the file was extracted).</param>
/// <param name="FileSha256">SHA-256 of the file written.</param>
/// <param name="Verified">True when the catalog knew the download's SHA-256 and it matched; false = hash recorded on first download.</param>
/// <param name="FetchedUtc">When it was written.</param>
public sealed record FetchedFile(string DatasetId, int Year, string Url, string DownloadSha256, string FileSha256, bool Verified, DateTime FetchedUtc);

/// <summary>
/// The record of downloads kept next to the files (<c>fetch-manifest.json</c> in the download folder): which URL each
/// file came from, its SHA-256, and whether that hash was verified against the catalog or only recorded on first
/// download ("unverified").
/// </summary>
public sealed class FetchManifest
{
    /// <summary>File name of the manifest inside a download folder.</summary>
    public const string FileName = "fetch-manifest.json";

    private readonly Dictionary<string, FetchedFile> _files;

    private FetchManifest(string folder, Dictionary<string, FetchedFile> files)
    {
        Folder = folder;
        _files = files;
    }

    /// <summary>The download folder.</summary>
    public string Folder { get; }

    /// <summary>Entries by path relative to the folder ('/' separators).</summary>
    public IReadOnlyDictionary<string, FetchedFile> Files => _files;

    /// <summary>Loads the manifest of a folder (empty when absent).</summary>
    /// <exception cref="Errors.DataFormatException">The manifest is not valid JSON.</exception>
    public static FetchManifest Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return new FetchManifest(folder, new Dictionary<string, FetchedFile>(StringComparer.Ordinal));
        try
        {
            var files = JsonSerializer.Deserialize<Dictionary<string, FetchedFile>>(File.ReadAllText(path), ProjectJson.Options);
            return new FetchManifest(folder, new Dictionary<string, FetchedFile>(files ?? [], StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            throw new Errors.DataFormatException(path, e.LineNumber + 1, null, $"invalid fetch manifest: {e.Message}", e);
        }
    }

    /// <summary>The entry of a file (full path or relative to the folder), or null.</summary>
    public FetchedFile? For(string path)
    {
        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(Folder, path) : path;
        return _files.GetValueOrDefault(relative.Replace('\\', '/'));
    }

    /// <summary>The hash recorded earlier for a URL, if any.</summary>
    public string? RecordedDownloadHash(string url) => _files.Values.FirstOrDefault(f => f.Url == url)?.DownloadSha256;

    /// <summary>Adds or replaces an entry and writes the manifest atomically.</summary>
    public void Record(string relativePath, FetchedFile file)
    {
        _files[relativePath.Replace('\\', '/')] = file;
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, FileName);
        TemporaryFiles.RemoveStale(Folder, "manifest");
        var temp = TemporaryFiles.NewPath(Folder, "manifest");
        try
        {
            File.WriteAllText(temp, JsonSerializer.Serialize(_files.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(), ProjectJson.Options));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            TemporaryFiles.TryDelete(temp);
        }
    }

    /// <summary>"verified", "unverified" or null (file not written by fetch) for a data file.</summary>
    public static string? StatusOf(string fullPath)
    {
        for (var dir = Path.GetDirectoryName(fullPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (!File.Exists(Path.Combine(dir, FileName))) continue;
            var entry = Load(dir).For(fullPath);
            return entry is null ? null : entry.Verified ? "verified" : "unverified";
        }
        return null;
    }
}
