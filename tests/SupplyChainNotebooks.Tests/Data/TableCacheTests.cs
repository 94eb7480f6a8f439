using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Performance;
using Xunit;

namespace SupplyChainNotebooks.Tests.Data;

/// <summary>
/// The parsed-table cache: a hit returns exactly the table the reader returns (every array, label and source field);
/// damaged, truncated or stale entries are detected and rebuilt; writes leave no temporary files; the loader uses it.
/// The oracle is the reader itself (a fresh parse of the same CSV).
/// </summary>
public sealed class TableCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scn-cache-test-" + Guid.NewGuid().ToString("N"));
    private readonly string _csv;

    public TableCacheTests()
    {
        Directory.CreateDirectory(_folder);
        _csv = Path.Combine(_folder, "T_2020.csv");
        IcioCsvWriter.Write(SyntheticIcioTable.Create(countries: 4, industries: 5, seed: 3), _csv);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private TableCache NewCache(bool enabled = true) => new(Path.Combine(_folder, "cache"), enabled);

    private MrioTable Parse() => IcioCsvReader.Read(_csv, new IcioReadOptions { DatasetId = "fixture", Year = 2020, CustomLayout = true });

    [Fact]
    public void SecondLoadComesFromTheCacheAndEqualsTheParsedTable()
    {
        var cache = NewCache();
        var parses = 0;
        var first = cache.GetOrRead(_csv, "fixture", "icio-csv|test", () => { parses++; return Parse(); });
        var second = cache.GetOrRead(_csv, "fixture", "icio-csv|test", () => { parses++; return Parse(); });
        Assert.Equal(1, parses);
        Assert.Equal((1L, 1L, 0L), (cache.Hits, cache.Misses, cache.Rebuilt));
        AssertSameTable(Parse(), second);
        AssertSameTable(first, second);
    }

    [Theory]
    [InlineData("flip-payload")]
    [InlineData("flip-header")]
    [InlineData("flip-checksum")]
    [InlineData("truncate")]
    [InlineData("append")]
    [InlineData("empty")]
    [InlineData("garbage")]
    public void DamagedEntryIsDetectedAndRebuilt(string damage)
    {
        var cache = NewCache();
        cache.GetOrRead(_csv, "fixture", "k", Parse);
        var entry = Directory.GetFiles(cache.Folder, "*.scntable").Single();
        var bytes = File.ReadAllBytes(entry);
        switch (damage)
        {
            case "flip-payload": bytes[bytes.Length / 2] ^= 0x10; break;
            case "flip-header": bytes[20] ^= 0x01; break;
            case "flip-checksum": bytes[^12] ^= 0x80; break;
            case "truncate": bytes = bytes[..(bytes.Length - 100)]; break;
            case "append": bytes = [.. bytes, 0]; break;
            case "empty": bytes = []; break;
            default: bytes = new byte[bytes.Length]; new Random(1).NextBytes(bytes); break;
        }
        File.WriteAllBytes(entry, bytes);

        var parses = 0;
        var table = cache.GetOrRead(_csv, "fixture", "k", () => { parses++; return Parse(); });
        Assert.Equal(1, parses);
        Assert.Equal(1, cache.Rebuilt);
        AssertSameTable(Parse(), table);
        // The rebuilt entry is valid again.
        cache.GetOrRead(_csv, "fixture", "k", () => { parses++; return Parse(); });
        Assert.Equal(1, parses);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public void EntryWrittenForOtherOptionsIsStale()
    {
        var cache = NewCache();
        var sha = DataProvenance.Record("fixture", _csv);
        cache.GetOrRead(_csv, "fixture", "year=2019", Parse);
        // Put the entry written under another key where this key's entry belongs (as after a reader change).
        File.Copy(cache.EntryPath(sha, "year=2019"), cache.EntryPath(sha, "year=2020"));
        Assert.Equal(TableCacheFile.Rejection.Stale, TableCache.TryLoad(cache.EntryPath(sha, "year=2020"), TableCache.Key(sha, "year=2020"), _csv, out _));
        var parses = 0;
        cache.GetOrRead(_csv, "fixture", "year=2020", () => { parses++; return Parse(); });
        Assert.Equal(1, parses);
        Assert.Equal(1, cache.Rebuilt);
    }

    [Fact]
    public void ChangedSourceBytesMissTheOldEntry()
    {
        var cache = NewCache();
        cache.GetOrRead(_csv, "fixture", "k", Parse);
        IcioCsvWriter.Write(SyntheticIcioTable.Create(countries: 4, industries: 5, seed: 4), _csv);
        var parses = 0;
        var table = cache.GetOrRead(_csv, "fixture", "k", () => { parses++; return Parse(); });
        Assert.Equal(1, parses);
        Assert.Equal(2, cache.Misses);
        AssertSameTable(Parse(), table);
        Assert.Equal(2, Directory.GetFiles(cache.Folder, "*.scntable").Length);
    }

    [Fact]
    public void DisabledCacheParsesEveryTimeAndWritesNothing()
    {
        var cache = NewCache(enabled: false);
        var parses = 0;
        cache.GetOrRead(_csv, "fixture", "k", () => { parses++; return Parse(); });
        cache.GetOrRead(_csv, "fixture", "k", () => { parses++; return Parse(); });
        Assert.Equal(2, parses);
        Assert.False(Directory.Exists(cache.Folder));
    }

    [Fact]
    public void WritesLeaveNoTemporaryFiles()
    {
        var cache = NewCache();
        Parallel.For(0, 4, _ => cache.GetOrRead(_csv, "fixture", "k", Parse));
        Assert.Empty(Directory.GetFiles(cache.Folder, "*.tmp"));
        Assert.Single(Directory.GetFiles(cache.Folder, "*.scntable"));
        var sha = DataProvenance.Record("fixture", _csv);
        Assert.Equal(TableCacheFile.Rejection.None, TableCache.TryLoad(cache.EntryPath(sha, "k"), TableCache.Key(sha, "k"), _csv, out _));
    }

    [Fact]
    public void TableLoaderGoesThroughTheCache()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(Path.Combine(data, "cachetest"));
        File.Copy(_csv, Path.Combine(data, "cachetest", "T_2020.csv"));
        var catalogPath = Path.Combine(_folder, "catalog.json");
        File.WriteAllText(catalogPath, """
            [ { "id": "cachetest", "name": "cache test", "kind": "mrio", "edition": "test", "years": "2019-2020", "format": "icio-csv", "customLayout": true,
                "files": [ { "path": "cachetest/T_{year}.csv" } ], "url": "https://example.org", "licence": "test", "citation": "test" } ]
            """);
        var catalog = DataCatalog.Load(catalogPath);
        var folders = DataFolder.Resolve(data);
        var cache = NewCache();
        var first = TableLoader.Load("cachetest", 2020, folders, catalog, cache: cache);
        var second = TableLoader.Load("cachetest", 2020, folders, catalog, cache: cache);
        Assert.Equal((1L, 1L), (cache.Misses, cache.Hits));
        AssertSameTable(first, second);
        Assert.Equal(2020, second.Year);
        Assert.Equal("cachetest", second.DatasetId);
    }

    private static void AssertSameTable(MrioTable expected, MrioTable actual)
    {
        Assert.Equal(expected.DatasetId, actual.DatasetId);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Source.Sha256, actual.Source.Sha256);
        Assert.Equal(expected.Source.Format, actual.Source.Format);
        Assert.Equal(expected.Nodes.ToArray(), actual.Nodes.ToArray());
        Assert.Equal(expected.FinalDemandColumns.ToArray(), actual.FinalDemandColumns.ToArray());
        Assert.Equal(expected.GrossOutput.ToArray(), actual.GrossOutput.ToArray());
        Assert.Equal(expected.ValueAdded?.ToArray(), actual.ValueAdded?.ToArray());
        Assert.Equal(expected.TaxesLessSubsidies?.ToArray(), actual.TaxesLessSubsidies?.ToArray());
        Assert.Equal(expected.OtherPrimaryInputs.Keys.Order(), actual.OtherPrimaryInputs.Keys.Order());
        foreach (var key in expected.OtherPrimaryInputs.Keys) Assert.Equal(expected.OtherPrimaryInputs[key].ToArray(), actual.OtherPrimaryInputs[key].ToArray());
        for (var i = 0; i < expected.NodeCount; i++)
        {
            Assert.True(expected.IntermediateRow(i).SequenceEqual(actual.IntermediateRow(i)), $"Z row {i}");
            Assert.True(expected.FinalDemandRow(i).SequenceEqual(actual.FinalDemandRow(i)), $"F row {i}");
        }
    }
}
