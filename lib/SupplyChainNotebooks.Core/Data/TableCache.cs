using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// Cache of parsed tables: the first load of a source file parses it and stores the table in a binary file; later
/// loads of the same bytes with the same reader options read that file instead (an ICIO-size table in a fraction of a
/// second instead of seconds). Entries are keyed by the source file's SHA-256, the reader and its options, the cache
/// format version and the version of this library's code (so a changed reader never serves old results); an entry
/// written for anything else is stale, and a damaged one (magic, length, checksum) is corrupt — both are rebuilt.
/// Writes go to a temporary file that is renamed into place, so readers never see half an entry.
/// Location: <c>$SCN_CACHE_DIR</c>, else <c>.cache/tables</c> in the repository (git-ignored), else the temp folder.
/// <c>SCN_TABLE_CACHE=off</c> (or <see cref="EnabledOverride"/> = false, the CLI's <c>--no-cache</c>) disables it.
/// </summary>
public sealed class TableCache
{
    /// <summary>Environment variable naming the cache folder.</summary>
    public const string FolderVariable = "SCN_CACHE_DIR";

    /// <summary>Environment variable that disables the cache when set to off, 0, false or no.</summary>
    public const string SwitchVariable = "SCN_TABLE_CACHE";

    /// <summary>Bumped whenever <see cref="TableCacheFile"/>'s layout changes.</summary>
    public const int FormatVersion = 1;

    private static readonly string s_codeVersion = typeof(MrioTable).Module.ModuleVersionId.ToString("N");
    private long _hits, _misses, _rebuilt;

    /// <summary>Creates a cache in <paramref name="folder"/>.</summary>
    public TableCache(string folder, bool enabled = true)
    {
        Folder = Path.GetFullPath(folder);
        Enabled = enabled;
    }

    /// <summary>Forces the default cache on or off for this process (null = environment decides).</summary>
    public static bool? EnabledOverride { get; set; }

    /// <summary>The cache used by <see cref="TableLoader"/>: location and switch from the environment.</summary>
    public static TableCache Default
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } env ? env
                : RepositoryLayout.Root is { } root ? Path.Combine(root, ".cache", "tables")
                : Path.Combine(Path.GetTempPath(), "scn-cache", "tables");
            var setting = Environment.GetEnvironmentVariable(SwitchVariable)?.Trim().ToLowerInvariant();
            var enabled = EnabledOverride ?? setting is not ("off" or "0" or "false" or "no");
            var current = s_default;
            if (current is null || current.Folder != Path.GetFullPath(folder) || current.Enabled != enabled)
                s_default = current = new TableCache(folder, enabled);
            return current;
        }
    }

    private static TableCache? s_default;

    /// <summary>Folder of the entries.</summary>
    public string Folder { get; }

    /// <summary>False: every load parses the source.</summary>
    public bool Enabled { get; }

    /// <summary>Loads served from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Loads that found no entry and parsed the source.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Loads that found a stale or corrupt entry and rebuilt it.</summary>
    public long Rebuilt => Interlocked.Read(ref _rebuilt);

    /// <summary>
    /// The table parsed from <paramref name="path"/>: from the cache when a valid entry exists, else from
    /// <paramref name="read"/> (then stored). The source file is hashed and recorded in <see cref="DataProvenance"/>
    /// either way.
    /// </summary>
    /// <param name="path">Source file.</param>
    /// <param name="datasetId">Dataset id for provenance.</param>
    /// <param name="readerKey">Reader id and every option that changes the parsed table (e.g. "icio-csv|year=2011|merge=False").</param>
    /// <param name="read">Parses the source.</param>
    public MrioTable GetOrRead(string path, string datasetId, string readerKey, Func<MrioTable> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!Enabled) return read();
        var sha = DataProvenance.Record(datasetId, path);
        var key = Key(sha, readerKey);
        var entry = EntryPath(sha, readerKey);
        var rejection = TryLoad(entry, key, Path.GetFullPath(path), out var cached);
        if (cached is not null)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }
        var table = read();
        if (rejection is null) Interlocked.Increment(ref _misses);
        else Interlocked.Increment(ref _rebuilt);
        Store(entry, key, table);
        return table;
    }

    /// <summary>The entry file for a source hash and reader key.</summary>
    public string EntryPath(string sourceSha256, string readerKey) =>
        Path.Combine(Folder, $"{sourceSha256[..Math.Min(24, sourceSha256.Length)]}-{Hash(readerKey)[..16]}.scntable");

    /// <summary>The full key stored inside an entry.</summary>
    internal static string Key(string sourceSha256, string readerKey) =>
        string.Create(CultureInfo.InvariantCulture, $"v{FormatVersion}|code={s_codeVersion}|sha256={sourceSha256}|{readerKey}");

    /// <summary>Reads an entry: null rejection = no file; otherwise why it was (not) used.</summary>
    internal static TableCacheFile.Rejection? TryLoad(string entry, string key, string sourcePath, out MrioTable? table)
    {
        table = null;
        if (!File.Exists(entry)) return null;
        try
        {
            using var stream = new FileStream(entry, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return TableCacheFile.Read(stream, key, sourcePath, out table);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return TableCacheFile.Rejection.Corrupt;
        }
    }

    /// <summary>
    /// Writes an entry atomically: a temporary <c>.scntable-PID-GUID.tmp</c> in the cache folder, then a rename, so a
    /// reader — or a writer killed half-way — never leaves half an entry under the entry's name; temporary files of
    /// writers that no longer run are removed first. A failure to write only costs the cache.
    /// </summary>
    /// <param name="entry">Entry path.</param>
    /// <param name="key">Cache key stored in the entry.</param>
    /// <param name="table">The table.</param>
    /// <param name="wrap">Wraps the file stream before writing (tests use it to stop a writer half-way); null = none.</param>
    internal static void Store(string entry, string key, MrioTable table, Func<Stream, Stream>? wrap = null)
    {
        var folder = Path.GetDirectoryName(entry)!;
        var temp = TemporaryFiles.NewPath(folder, TemporaryPurpose);
        try
        {
            Directory.CreateDirectory(folder);
            TemporaryFiles.RemoveStale(folder, TemporaryPurpose);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            using (var stream = wrap is null ? file : wrap(file))
            {
                TableCacheFile.Write(stream, table, key);
                stream.Flush();
            }
            File.Move(temp, entry, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TemporaryFiles.TryDelete(temp);
        }
    }

    /// <summary>Purpose tag of the cache's temporary files (<c>.scntable-PID-GUID.tmp</c>).</summary>
    internal const string TemporaryPurpose = "scntable";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
