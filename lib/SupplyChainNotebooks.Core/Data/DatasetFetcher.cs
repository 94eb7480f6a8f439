using System.Globalization;
using System.IO.Compression;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// Downloads catalog datasets from their official source (<see cref="DownloadSpec"/>): one URL per year or per period
/// archive, written atomically (a temporary file in the target folder, then a rename), SHA-256 verified when the catalog
/// knows the hash and otherwise recorded on first download in <see cref="FetchManifest"/> ("unverified"). From an
/// archive only the wanted members are extracted (the year's file and any <see cref="DownloadSpec.ExtraMembers"/>), and
/// members whose path would leave the target folder (absolute, <c>..</c>) or that are symbolic links are refused.
/// Temporary files are named <c>.download-PID-GUID.tmp</c> (<see cref="TemporaryFiles"/>): a killed fetch leaves no file
/// that looks like data, and the next fetch into the folder removes what it left.
/// </summary>
public sealed class DatasetFetcher
{
    private readonly HttpClient _http;
    private readonly Action<string>? _progress;

    /// <summary>Creates a fetcher.</summary>
    /// <param name="http">HTTP client (inject one for tests or proxies).</param>
    /// <param name="progress">Receives progress lines (the CLI writes them to stderr).</param>
    public DatasetFetcher(HttpClient http, Action<string>? progress = null)
    {
        _http = http;
        _progress = progress;
    }

    /// <summary>Fetches the given years of a dataset into <paramref name="downloadFolder"/>.</summary>
    /// <exception cref="SupplyChainException">No download for the dataset, HTTP error, interrupted transfer, hash mismatch, unsafe archive member.</exception>
    public IReadOnlyList<FetchedFile> Fetch(DatasetEntry entry, IReadOnlyList<int> years, string downloadFolder, CancellationToken cancel = default)
    {
        var spec = entry.Download ?? throw new SupplyChainException(
            $"dataset '{entry.Id}' has no download in the catalog; obtain it from {entry.Url} and put the files into a data folder (see 'scn data info {entry.Id}')");
        downloadFolder = Path.GetFullPath(downloadFolder);
        var manifest = FetchManifest.Load(downloadFolder);
        var results = new List<FetchedFile>();
        var archives = new Dictionary<string, (string path, string sha, bool verified)>(StringComparer.Ordinal);
        try
        {
            foreach (var year in years)
            {
                if (!entry.YearList.Contains(year))
                    throw new SupplyChainException($"dataset '{entry.Id}' has no year {year}; it covers {entry.Years}");
                var url = Expand(spec.Url, year, PeriodOf(entry, spec, year));
                var relative = Expand(spec.Target, year, null);
                var target = Inside(downloadFolder, relative, $"catalog target '{spec.Target}'");
                var targetFolder = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(targetFolder);
                RemoveStaleTemporaryFiles(targetFolder);
                var firstUse = !archives.TryGetValue(url, out var download);
                if (firstUse)
                {
                    download = Download(url, targetFolder, spec, manifest, cancel);
                    archives[url] = download;
                }
                string fileSha;
                if (spec.ArchiveMember is { } member)
                    fileSha = Extract(download.path, Expand(member, year, null), target, url);
                else
                {
                    var temp = TemporaryFiles.NewPath(targetFolder, "copy");
                    try
                    {
                        File.Copy(download.path, temp, overwrite: false);
                        File.Move(temp, target, overwrite: true);
                    }
                    finally
                    {
                        TryDelete(temp);
                    }
                    fileSha = download.sha;
                }
                var fetched = new FetchedFile(entry.Id, year, url, download.sha, fileSha, download.verified, DateTime.UtcNow);
                manifest.Record(relative, fetched);
                _progress?.Invoke($"{entry.Id} {year}: wrote {target} ({(download.verified ? "SHA-256 verified" : "unverified: hash recorded on first download")})");
                results.Add(fetched);
                if (firstUse && spec.ExtraMembers is { Count: > 0 } extras)
                    results.AddRange(ExtractExtras(entry, spec, extras, year, download, downloadFolder, manifest, url));
            }
        }
        finally
        {
            foreach (var (path, _, _) in archives.Values) TryDelete(path);
        }
        return results;
    }

    /// <summary>
    /// The further archive members of <see cref="DownloadSpec.ExtraMembers"/> (e.g. BACI's country codes next to the year
    /// files), extracted once per archive, each to its own target and recorded in the manifest under the year that
    /// triggered the download.
    /// </summary>
    private List<FetchedFile> ExtractExtras(DatasetEntry entry, DownloadSpec spec, IReadOnlyList<ArchiveExtra> extras, int year,
        (string path, string sha, bool verified) download, string downloadFolder, FetchManifest manifest, string url)
    {
        if (spec.ArchiveMember is null)
            throw new SupplyChainException($"dataset '{entry.Id}': extraMembers need an archive download (archiveMember)");
        var results = new List<FetchedFile>();
        foreach (var extra in extras)
        {
            var relative = Expand(extra.Target, year, null);
            var target = Inside(downloadFolder, relative, $"catalog target '{extra.Target}'");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var sha = Extract(download.path, Expand(extra.Member, year, null), target, url);
            var fetched = new FetchedFile(entry.Id, year, url, download.sha, sha, download.verified, DateTime.UtcNow);
            manifest.Record(relative, fetched);
            _progress?.Invoke($"{entry.Id}: wrote {target} (from the same archive)");
            results.Add(fetched);
        }
        return results;
    }

    /// <summary>Removes temporary files that a killed fetch left in <paramref name="folder"/>.</summary>
    private void RemoveStaleTemporaryFiles(string folder)
    {
        foreach (var purpose in (string[])["download", "extract", "copy"])
            foreach (var removed in TemporaryFiles.RemoveStale(folder, purpose))
                _progress?.Invoke($"removed {removed} (left by an interrupted fetch)");
    }

    private (string path, string sha, bool verified) Download(string url, string folder, DownloadSpec spec, FetchManifest manifest, CancellationToken cancel)
    {
        var temp = TemporaryFiles.NewPath(folder, "download");
        try
        {
            _progress?.Invoke($"downloading {url}");
            using var response = Send(url, cancel);
            var webPage = string.Equals(response.Content.Headers.ContentType?.MediaType, "text/html", StringComparison.OrdinalIgnoreCase);
            if (!response.IsSuccessStatusCode)
                throw new SupplyChainException($"download failed: {url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}"
                    + (webPage ? $" with a web page{BrowserAdvice(url, spec)}" : spec.Notes is { } notes ? $" ({notes})" : ""));
            if (webPage)
                throw new SupplyChainException($"download refused: {url} answered with a web page (text/html) instead of the file{BrowserAdvice(url, spec)}; nothing was written");
            var length = response.Content.Headers.ContentLength;
            long written = 0;
            using (var source = response.Content.ReadAsStream(cancel))
            using (var sink = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var buffer = new byte[1 << 16];
                long nextReport = 8 << 20;
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    sink.Write(buffer, 0, read);
                    written += read;
                    if (written >= nextReport)
                    {
                        _progress?.Invoke($"  {Megabytes(written)}{(length is { } l ? $" of {Megabytes(l)}" : "")}");
                        nextReport += 8 << 20;
                    }
                }
            }
            if (length is { } expected && written != expected)
                throw new SupplyChainException($"download interrupted: {url} sent {written} of {expected} bytes; nothing was written, try again");
            var sha = DataProvenance.Sha256Of(temp);
            var verified = false;
            if (spec.Sha256 is { } known && known.TryGetValue(url, out var want))
            {
                if (!string.Equals(want, sha, StringComparison.OrdinalIgnoreCase))
                    throw new SupplyChainException($"SHA-256 mismatch for {url}: the catalog expects {want.ToLowerInvariant()}, the download has {sha}; nothing was written");
                verified = true;
            }
            else if (manifest.RecordedDownloadHash(url) is { } recorded && !string.Equals(recorded, sha, StringComparison.OrdinalIgnoreCase))
                throw new SupplyChainException($"SHA-256 mismatch for {url}: the first download recorded {recorded}, this one has {sha}; the publisher may have changed the file — remove its entry from {Path.Combine(manifest.Folder, FetchManifest.FileName)} to accept it");
            _progress?.Invoke($"  {Megabytes(written)} received, SHA-256 {sha}");
            return (temp, sha, verified);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            TryDelete(temp);
            throw new SupplyChainException($"download interrupted: {url}: {e.Message}; nothing was written", e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>What to do when a server answers a script with a web page (typically a browser or bot check).</summary>
    private static string BrowserAdvice(string url, DownloadSpec spec) =>
        $" — the site probably asks for a browser (a bot check): open {url} in a web browser, save the file and put it where 'scn data info' says"
        + (spec.Notes is { } notes ? $" ({notes})" : "");

    private HttpResponseMessage Send(string url, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return _http.Send(request, HttpCompletionOption.ResponseHeadersRead, cancel);
    }

    /// <summary>Extracts the member named <paramref name="member"/> (full name or file name) to <paramref name="target"/>.</summary>
    private string Extract(string archivePath, string member, string target, string url)
    {
        using var zip = OpenZip(archivePath, url);
        var entry = zip.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/') == member)
            ?? zip.Entries.FirstOrDefault(e => string.Equals(Path.GetFileName(e.FullName.Replace('\\', '/')), Path.GetFileName(member), StringComparison.OrdinalIgnoreCase))
            ?? throw new SupplyChainException($"archive {url} has no member '{member}'; it holds {string.Join(", ", zip.Entries.Take(12).Select(e => e.FullName))}");
        var folder = Path.GetDirectoryName(target)!;
        Inside(folder, entry.FullName, $"archive member '{entry.FullName}' of {url}");
        if (IsLink(entry))
            throw new SupplyChainException($"refused archive member '{entry.FullName}' of {url}: it is a symbolic link, not a data file");
        var temp = TemporaryFiles.NewPath(folder, "extract");
        try
        {
            _progress?.Invoke($"  extracting {entry.FullName}");
            entry.ExtractToFile(temp, overwrite: false);
            var sha = DataProvenance.Sha256Of(temp);
            File.Move(temp, target, overwrite: true);
            return sha;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new SupplyChainException($"cannot extract '{entry.FullName}' from {url}: {e.Message}", e);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>True for a zip entry that records a Unix symbolic link (file type bits 0xA000 in the external attributes).</summary>
    private static bool IsLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;

    private static ZipArchive OpenZip(string path, string url)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new SupplyChainException($"the download from {url} is not a zip archive: {e.Message}", e);
        }
    }

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="folder"/>; refuses paths that leave it.</summary>
    private static string Inside(string folder, string relative, string what)
    {
        var root = Path.GetFullPath(folder);
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var normalized = relative.Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine(root, normalized));
        var driveQualified = normalized.Length >= 2 && normalized[1] == ':' && char.IsAsciiLetter(normalized[0]);
        if (Path.IsPathRooted(normalized) || driveQualified || !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
            throw new SupplyChainException($"refused {what}: the path escapes the target folder {root}");
        return full;
    }

    private static string? PeriodOf(DatasetEntry entry, DownloadSpec spec, int year)
    {
        if (spec.Periods is null) return null;
        foreach (var (years, period) in spec.Periods)
            if (YearList.Parse(years).Contains(year)) return period;
        throw new SupplyChainException($"dataset '{entry.Id}': no download period covers {year} (periods: {string.Join(", ", spec.Periods.Keys)})");
    }

    private static string Expand(string pattern, int year, string? period) =>
        new FilePattern(pattern).For(year).Replace("{period}", period ?? "", StringComparison.Ordinal);

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";

    private static void TryDelete(string path) => TemporaryFiles.TryDelete(path);
}
