using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Tests.Io;
using Xunit;

namespace SupplyChainNotebooks.Tests.Data;

/// <summary>
/// Writers killed half-way (SIGKILL, no cleanup code runs): a <c>scn data fetch</c> process in the middle of a download
/// from a stalling loopback server, and a table-cache writer in the middle of an entry. Neither leaves a file that a reader
/// could take for data; the next run succeeds and removes the dead writer's temporary file.
/// </summary>
public sealed class InterruptedWriteTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _dir = Fixtures.ScratchFolder();
    private readonly List<Process> _children = [];

    public void Dispose()
    {
        foreach (var child in _children)
        {
            try { if (!child.HasExited) child.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            child.Dispose();
        }
        Directory.Delete(_dir, recursive: true);
    }

    private Process Start(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var child = CrashHelper.StartDotnet(Path.Combine(AppContext.BaseDirectory, dll), args, environment);
        _children.Add(child);
        return child;
    }

    private static void Kill(Process child)
    {
        child.Kill(entireProcessTree: true);
        Assert.True(child.WaitForExit(Patience), "the killed child did not exit");
    }

    private static string[] Files(string folder) => Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .Select(p => Path.GetRelativePath(folder, p)).Order(StringComparer.Ordinal).ToArray();

    private static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"timed out waiting for {what}");
            Thread.Sleep(20);
        }
    }

    [Fact]
    public async Task AKilledCacheWriterLeavesNoEntryAndTheNextLoadRebuildsIt()
    {
        var source = Path.Combine(_dir, "table.csv");
        File.Copy(Fixtures.Path("icio", "icio2023_small_layout.csv"), source);
        var folder = Path.Combine(_dir, "cache");
        var child = Start("SupplyChainNotebooks.Tests.dll", ["cache-write-pause", folder, source, "300"]);
        var said = await child.StandardOutput.ReadLineAsync().WaitAsync(Patience);
        Assert.True(said == "paused", $"the writer did not pause: '{said}' {(child.HasExited ? await child.StandardError.ReadToEndAsync() : "")}");

        var during = Files(folder);
        var temp = Assert.Single(during);                        // the half-written entry, under its temporary name only
        Assert.Matches($@"^\.{TableCache.TemporaryPurpose}-{child.Id}-[0-9a-f]{{32}}\.tmp$", temp);
        Assert.Equal(300, new FileInfo(Path.Combine(folder, temp)).Length);
        Kill(child);
        Assert.Equal(during, Files(folder));                     // killed: no cleanup ran, and nothing is named like an entry
        Assert.Empty(Directory.GetFiles(folder, "*.scntable"));

        var options = new IcioReadOptions { CustomLayout = true, DatasetId = "crash-test" };
        var cache = new TableCache(folder);
        var table = cache.GetOrRead(source, "crash-test", CrashHelper.ReaderKey, () => IcioCsvReader.Read(source, options));
        Assert.Equal((0L, 1L, 0L), (cache.Hits, cache.Misses, cache.Rebuilt));
        var entry = Assert.Single(Files(folder));                // the dead writer's temporary file is gone
        Assert.EndsWith(".scntable", entry);
        var again = new TableCache(folder);
        var cached = again.GetOrRead(source, "crash-test", CrashHelper.ReaderKey, () => throw new InvalidOperationException("must come from the cache"));
        Assert.Equal(1, again.Hits);
        Assert.Equal(table.GrossOutput.ToArray(), cached.GrossOutput.ToArray());
        Assert.Equal(table.IntermediateRow(3).ToArray(), cached.IntermediateRow(3).ToArray());
    }

    [Fact]
    public async Task AKilledFetchLeavesNoDataFileAndTheNextFetchSucceeds()
    {
        // The real CLI in a child process, against a fake checkout whose catalog points at the loopback server.
        using var server = new LoopbackHttpServer();
        var member = new byte[3 << 20];
        new Random(7).NextBytes(member);                         // incompressible: the zip is as large as the member
        byte[] zip;
        using (var ms = new MemoryStream())
        {
            using (var archive = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            using (var s = archive.CreateEntry("2019_SML.csv", CompressionLevel.NoCompression).Open())
                s.Write(member);
            zip = ms.ToArray();
        }
        server.Serve("/ICIO/2016-2020_SML.zip", zip, stallAfter: zip.Length / 2);
        var root = Path.Combine(_dir, "checkout");
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, "data", "catalog.json"), JsonSerializer.Serialize(new[]
        {
            new
            {
                id = "killtest", name = "download-kill test", kind = "mrio", edition = "test", years = "2016-2020", format = "icio-csv",
                files = new[] { new { path = "killtest/{year}_SML.csv" } }, url = "http://127.0.0.1/", licence = "test", citation = "test",
                download = new
                {
                    url = server.BaseUrl + "/ICIO/{period}_SML.zip",
                    periods = new Dictionary<string, string> { ["2016-2020"] = "2016-2020" },
                    archiveMember = "{year}_SML.csv",
                    target = "killtest/{year}_SML.csv",
                },
            },
        }));
        var downloads = Path.Combine(_dir, "downloads");
        var environment = new Dictionary<string, string> { [RepositoryLayout.RootVariable] = root, [DataFolder.EnvironmentVariable] = "" };
        string[] fetch = ["data", "fetch", "killtest", "--years", "2019", "--data", downloads];

        var child = Start("scn.dll", fetch, environment);
        var finished = await Task.WhenAny(server.Stalled.Task, child.WaitForExitAsync(), Task.Delay(Patience));
        Assert.True(finished == server.Stalled.Task, "the fetch never started downloading: " + (child.HasExited ? await child.StandardError.ReadToEndAsync() : "timed out"));
        var target = Path.Combine(downloads, "killtest");
        WaitFor(() => Directory.Exists(target) && Directory.EnumerateFiles(target, ".download-*.tmp").Any(), "the download's temporary file");
        Kill(child);

        var left = Files(downloads);
        var temp = Assert.Single(left);                          // only the hidden temporary file: no data file, no manifest
        Assert.Matches($@"^killtest{Regex(Path.DirectorySeparatorChar)}\.download-{child.Id}-[0-9a-f]{{32}}\.tmp$", temp);
        Assert.Throws<Errors.DatasetNotFoundException>(() => DataCatalog.Load(Path.Combine(root, "data", "catalog.json")).Locate("killtest", 2019, DataFolder.Resolve(downloads)));

        server.ReleaseStalled();
        server.Serve("/ICIO/2016-2020_SML.zip", zip);
        var second = Start("scn.dll", fetch, environment);
        var stdoutTask = second.StandardOutput.ReadToEndAsync();
        var stderrTask = second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync().WaitAsync(Patience);
        var (stdout, stderr) = (await stdoutTask, await stderrTask);
        Assert.True(second.ExitCode == 0, stderr);
        Assert.Contains("killtest 2019  unverified  sha256 ", stdout);
        Assert.Contains("left by an interrupted fetch", stderr);
        Assert.Equal([FetchManifest.FileName, Path.Combine("killtest", "2019_SML.csv")], Files(downloads));
        Assert.Equal(member, File.ReadAllBytes(Path.Combine(downloads, "killtest", "2019_SML.csv")));
    }

    private static string Regex(char c) => System.Text.RegularExpressions.Regex.Escape(c.ToString());
}
