using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Tests.Io;
using Xunit;

namespace SupplyChainNotebooks.Tests.Data;

/// <summary><c>scn data fetch</c> logic against a loopback HTTP server serving fixture archives — never the internet.</summary>
[Collection(DataFolderCollection.Name)]
public sealed class DatasetFetcherTests : IDisposable
{
    private static readonly byte[] Csv2019 = Encoding.UTF8.GetBytes(File.ReadAllText(Fixtures.Path("icio", "icio2023_small_layout.csv")));
    private readonly LoopbackHttpServer _server = new();
    private readonly HttpClient _http = new();
    private readonly string _folder = Fixtures.ScratchFolder();
    private readonly List<string> _progress = [];

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    private static byte[] Zip(params (string Name, byte[] Body)[] members)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, body) in members)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(body);
            }
        return ms.ToArray();
    }

    private DatasetEntry Entry(IReadOnlyDictionary<string, string>? sha = null, string member = "{year}_SML.csv") => new()
    {
        Id = "icio2023", Name = "test", Kind = "mrio", Edition = "test", Years = "2016-2020", Format = "icio-csv",
        Files = [new FilePattern("icio2023/{year}_SML.csv")], Url = "https://example.invalid/", Licence = "test", Citation = "test",
        Download = new DownloadSpec
        {
            Url = _server.BaseUrl + "/ICIO/2023/{period}_SML.zip",
            Periods = new Dictionary<string, string> { ["2016-2020"] = "2016-2020" },
            ArchiveMember = member,
            Target = "icio2023/{year}_SML.csv",
            Sha256 = sha,
        },
    };

    private DatasetFetcher Fetcher => new(_http, _progress.Add);

    private string[] LeftoverFiles() => Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(_folder, p)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void DownloadsThePeriodArchiveOnceAndExtractsOnlyTheWantedMembers()
    {
        var zip = Zip(("2019_SML.csv", Csv2019), ("2020_SML.csv", Encoding.UTF8.GetBytes("x")), ("ReadMe.txt", [1, 2, 3]));
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", zip);
        var result = Fetcher.Fetch(Entry(), [2019, 2020], _folder);

        Assert.Equal(2, result.Count);
        Assert.Single(_server.Requests);
        Assert.Equal(Csv2019, File.ReadAllBytes(Path.Combine(_folder, "icio2023", "2019_SML.csv")));
        Assert.Equal(["fetch-manifest.json", Path.Combine("icio2023", "2019_SML.csv"), Path.Combine("icio2023", "2020_SML.csv")], LeftoverFiles());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), result[0].DownloadSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Csv2019)), result[0].FileSha256);
        Assert.False(result[0].Verified);
        Assert.Equal("unverified", FetchManifest.StatusOf(Path.Combine(_folder, "icio2023", "2019_SML.csv")));
        Assert.Contains(_progress, p => p.StartsWith("downloading " + _server.BaseUrl, StringComparison.Ordinal));
    }

    [Fact]
    public void AKnownHashIsVerified()
    {
        var zip = Zip(("2019_SML.csv", Csv2019));
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", zip);
        var url = _server.BaseUrl + "/ICIO/2023/2016-2020_SML.zip";
        var result = Fetcher.Fetch(Entry(new Dictionary<string, string> { [url] = Convert.ToHexString(SHA256.HashData(zip)) }), [2019], _folder);
        Assert.True(result[0].Verified);
        Assert.Equal("verified", FetchManifest.StatusOf(Path.Combine(_folder, "icio2023", "2019_SML.csv")));
    }

    [Fact]
    public void AHashMismatchWritesNothing()
    {
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", Zip(("2019_SML.csv", Csv2019)));
        var url = _server.BaseUrl + "/ICIO/2023/2016-2020_SML.zip";
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(Entry(new Dictionary<string, string> { [url] = new string('0', 64) }), [2019], _folder));
        Assert.Contains("SHA-256 mismatch for " + url, e.Message);
        Assert.Empty(LeftoverFiles());
    }

    [Fact]
    public void AChangedFileDiffersFromTheHashRecordedOnFirstDownload()
    {
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", Zip(("2019_SML.csv", Csv2019)));
        Fetcher.Fetch(Entry(), [2019], _folder);
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", Zip(("2019_SML.csv", Encoding.UTF8.GetBytes("changed"))));
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(Entry(), [2019], _folder));
        Assert.Contains("first download recorded", e.Message);
        Assert.Equal(Csv2019, File.ReadAllBytes(Path.Combine(_folder, "icio2023", "2019_SML.csv")));
    }

    [Fact]
    public void Http404IsAOneLineError()
    {
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(Entry(), [2019], _folder));
        Assert.Contains("answered HTTP 404 Not Found", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Empty(LeftoverFiles());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(403)]
    public void AWebPageInsteadOfTheFileSaysToUseABrowser(int status)
    {
        // What the OECD server sends a script it takes for a bot: an HTML page (with 200 or 403), not the zip.
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Checking your browser…</body></html>"),
            contentType: "text/html; charset=utf-8", status: status);
        var entry = Entry() with { Download = Entry().Download! with { Notes = "download the zip in a browser and put the CSV files into <data>/icio2023/" } };
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(entry, [2019], _folder));
        Assert.Contains("web page", e.Message);
        Assert.Contains("open " + _server.BaseUrl + "/ICIO/2023/2016-2020_SML.zip in a web browser", e.Message);
        Assert.Contains("put the CSV files into <data>/icio2023/", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Empty(LeftoverFiles());
    }

    [Fact]
    public void AnInterruptedTransferLeavesNoPartialFile()
    {
        var zip = Zip(("2019_SML.csv", Csv2019));
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", zip, cutAfter: zip.Length / 2);
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(Entry(), [2019], _folder));
        Assert.Contains("download interrupted", e.Message);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnArchiveMemberEscapingTheTargetFolderIsRefused()
    {
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", Zip(("../../evil/2019_SML.csv", Csv2019)));
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(Entry(), [2019], _folder));
        Assert.Contains("refused archive member '../../evil/2019_SML.csv'", e.Message);
        Assert.Contains("escapes the target folder", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_folder, "..", "evil")));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("/tmp/scn-evil/2019_SML.csv")]
    [InlineData("..\\..\\evil\\2019_SML.csv")]
    [InlineData("data/../../evil/2019_SML.csv")]
    [InlineData("C:/evil/2019_SML.csv")]
    public void MembersWithAbsoluteOrEscapingPathsAreRefused(string name)
    {
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", Zip((name, Csv2019)));
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(Entry(), [2019], _folder));
        Assert.Contains("escapes the target folder", e.Message);
        Assert.Empty(LeftoverFiles());
        Assert.False(File.Exists("/tmp/scn-evil/2019_SML.csv"));
    }

    [Fact]
    public void ASymbolicLinkMemberIsRefused()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var link = zip.CreateEntry("2019_SML.csv");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16));   // S_IFLNK | 0777, as zip -y stores a link
            using var s = link.Open();
            s.Write(Encoding.UTF8.GetBytes("/etc/passwd"));
        }
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", ms.ToArray());
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(Entry(), [2019], _folder));
        Assert.Contains("refused archive member '2019_SML.csv'", e.Message);
        Assert.Contains("symbolic link", e.Message);
        Assert.Empty(LeftoverFiles());
    }

    [Fact]
    public void TheOfficialBaciZipGivesTheYearFilesAndTheCountryCodesFromOneDownload()
    {
        // The catalog's own baci-hs17 entry, pointed at the loopback server: the member names and targets are the real ones.
        var catalog = DataCatalog.Default.Get("baci-hs17");
        var year2024 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "trade", "BACI_HS17_Y2024_V202601.csv"));
        var year2023 = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(year2024).Replace("\n2024,", "\n2023,", StringComparison.Ordinal));
        var codes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "trade", "country_codes_V202601.csv"));
        _server.Serve("/BACI_HS17_V202601.zip", Zip(
            ("BACI_HS17_V202601/BACI_HS17_Y2023_V202601.csv", year2023), ("BACI_HS17_V202601/BACI_HS17_Y2024_V202601.csv", year2024),
            ("BACI_HS17_V202601/country_codes_V202601.csv", codes), ("BACI_HS17_V202601/product_codes_HS17_V202601.csv", [1, 2, 3]),
            ("BACI_HS17_V202601/Readme.txt", [4])));
        var entry = catalog with { Download = catalog.Download! with { Url = _server.BaseUrl + "/BACI_HS17_V202601.zip" } };

        var result = Fetcher.Fetch(entry, [2023, 2024], _folder);

        Assert.Single(_server.Requests);
        Assert.Equal(
            ["baci/BACI_HS17_Y2023_V202601.csv", "baci/BACI_HS17_Y2024_V202601.csv", "baci/country_codes_V202601.csv", "fetch-manifest.json"],
            LeftoverFiles().Select(f => f.Replace('\\', '/')));
        Assert.Equal(3, result.Count);
        Assert.Equal(codes, File.ReadAllBytes(Path.Combine(_folder, "baci", "country_codes_V202601.csv")));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(codes)), result.Single(r => r.FileSha256 == Convert.ToHexStringLower(SHA256.HashData(codes))).FileSha256);
        var manifest = FetchManifest.Load(_folder);
        Assert.Equal(["baci/BACI_HS17_Y2023_V202601.csv", "baci/BACI_HS17_Y2024_V202601.csv", "baci/country_codes_V202601.csv"], manifest.Files.Keys.Order(StringComparer.Ordinal));

        // What was fetched is readable as the catalog dataset: the year file with the numeric codes translated.
        var (path, format) = DataCatalog.Default.Locate("baci-hs17", 2024, DataFolder.Resolve(_folder));
        Assert.Equal("baci-csv", format);
        var flows = SupplyChainNotebooks.Trade.BaciCsvReader.Read(path, SupplyChainNotebooks.Trade.BaciCountryCodes.Read(Path.Combine(_folder, "baci", "country_codes_V202601.csv")), null);
        Assert.Contains(flows.Flows, f => f.Exporter == "CHN" && f.Importer == "KOR");
    }

    [Fact]
    public void AnExtraMemberWhoseTargetLeavesTheDownloadFolderIsRefused()
    {
        _server.Serve("/ICIO/2023/2016-2020_SML.zip", Zip(("2019_SML.csv", Csv2019), ("codes.csv", [1])));
        var entry = Entry() with { Download = Entry().Download! with { ExtraMembers = [new ArchiveExtra("codes.csv", "../codes.csv")] } };
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(entry, [2019], _folder));
        Assert.Contains("refused catalog target '../codes.csv'", e.Message);
        Assert.False(File.Exists(Path.Combine(_folder, "..", "codes.csv")));
    }

    [Fact]
    public void ADatasetWithoutDownloadSaysWhereToObtainIt()
    {
        var entry = DataCatalog.Default.Get("wiod2013");
        var e = Assert.Throws<SupplyChainException>(() => Fetcher.Fetch(entry, [2011], _folder));
        Assert.Contains("dataset 'wiod2013' has no download", e.Message);
        Assert.Contains(entry.Url, e.Message);                      // where to obtain it: the catalog's official page
        Assert.StartsWith("https://", entry.Url);
    }

    [Fact]
    public void TheCliCommandIsRegisteredAndFailsWithOneLineForADatasetWithoutDownload()
    {
        using var o = new StringWriter();
        using var err = new StringWriter();
        try
        {
            var code = CliApp.Run(["data", "fetch", "lrwiod", "--years", "2000", "--data", _folder], o, err);
            Assert.Equal(2, code);
            Assert.Single(err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: dataset 'lrwiod' has no download", err.ToString());
        }
        finally
        {
            DataFolder.OptionOverride = null;
        }
    }
}
