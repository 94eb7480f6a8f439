using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SupplyChainNotebooks.Data;

/// <summary>One data file read: path, SHA-256 and the dataset it belongs to.</summary>
/// <param name="DatasetId">Catalog id, or "fixture"/"user" for files outside the catalog.</param>
/// <param name="Path">Full path.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file bytes.</param>
/// <param name="Bytes">File size.</param>
public sealed record DataFileRead(string DatasetId, string Path, string Sha256, long Bytes);

/// <summary>
/// Process-wide record of every data file the readers open, so a notebook run or report can state exactly which bytes
/// its numbers came from. The notebook runner resets it before each notebook and reads it afterwards.
/// </summary>
public static class DataProvenance
{
    private static readonly ConcurrentDictionary<string, DataFileRead> s_reads = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string, long, DateTime), string> s_hashes = new();

    /// <summary>Files read since the last <see cref="Reset"/>, ordered by path.</summary>
    public static IReadOnlyList<DataFileRead> Reads => s_reads.Values.OrderBy(r => r.Path, StringComparer.Ordinal).ToArray();

    /// <summary>Forgets the files read so far.</summary>
    public static void Reset() => s_reads.Clear();

    /// <summary>Hashes the file (cached by path, size and timestamp), records the read and returns the hash.</summary>
    public static string Record(string datasetId, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var info = new FileInfo(full);
        var key = (full, info.Length, info.LastWriteTimeUtc);
        var hash = s_hashes.GetOrAdd(key, static k => Sha256Of(k.Item1));
        s_reads[full] = new DataFileRead(datasetId, full, hash, info.Length);
        return hash;
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
