using System.Diagnostics;
using System.Globalization;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// The temporary files of atomic writes (downloads, archive extraction, cache entries, the fetch manifest): written next to
/// their target as <c>.PURPOSE-PID-GUID.tmp</c> — hidden, ending in <c>.tmp</c>, so no data-file pattern of the catalog
/// and no cache lookup ever takes one for data — then renamed into place. A writer that is killed leaves its file
/// behind; <see cref="RemoveStale"/> deletes those whose process no longer runs (files of a live process, for instance a
/// second <c>scn</c> fetching into the same folder, are left alone).
/// </summary>
internal static class TemporaryFiles
{
    /// <summary>Files of the naming scheme before the process id was part of it are stale after this long.</summary>
    private static readonly TimeSpan s_legacyAge = TimeSpan.FromDays(1);

    /// <summary>A new temporary path in <paramref name="folder"/> for <paramref name="purpose"/> (letters and digits).</summary>
    public static string NewPath(string folder, string purpose) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"));

    /// <summary>
    /// Deletes the temporary files for <paramref name="purpose"/> in <paramref name="folder"/> (not recursive) whose writer
    /// is no longer running; files without a process id (older naming) go when older than a day.
    /// </summary>
    /// <returns>The files deleted.</returns>
    public static IReadOnlyList<string> RemoveStale(string folder, string purpose)
    {
        if (!Directory.Exists(folder)) return [];
        var removed = new List<string>();
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(folder, $".{purpose}-*.tmp").ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
        foreach (var path in candidates)
        {
            var name = Path.GetFileName(path);
            var parts = name[(purpose.Length + 2)..^4].Split('-');
            var stale = parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? pid != Environment.ProcessId && !IsRunning(pid)
                : DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > s_legacyAge;
            if (stale && TryDelete(path)) removed.Add(path);
        }
        return removed;
    }

    /// <summary>Deletes a file if it exists; false when it could not be deleted.</summary>
    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
