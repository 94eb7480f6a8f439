using System.Text;
using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model.Codes;
using SupplyChainNotebooks.Tests.Io;
using SupplyChainNotebooks.Tests.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Cli;

/// <summary>
/// Bad data files end to end through <see cref="CliApp.Run"/>: one <c>error:</c> line naming the file and the line, exit
/// code 2, no stack trace unless <c>--verbose</c>; a byte-order mark and CRLF line ends change nothing in the result.
/// </summary>
[Collection(CliDataFolderCollection.Name)]
public sealed class CliFailureTests : IDisposable
{
    private readonly string _dir = Fixtures.ScratchFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            return (CliApp.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            DataFolder.OptionOverride = null;
        }
    }

    /// <summary>A data folder with <c>wiod2013/WIOD2013_2011.csv.gz</c> holding <paramref name="bytes"/>.</summary>
    private string Folder(string name, byte[] bytes, string file = "WIOD2013_2011.csv.gz")
    {
        var folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.Combine(folder, "wiod2013"));
        File.WriteAllBytes(Path.Combine(folder, "wiod2013", file), bytes);
        return folder;
    }

    /// <summary>A wiod2013-coded table of AUS, KOR and JPN × 35 industries in the ICIO layout.</summary>
    private byte[] Table() => File.ReadAllBytes(IcioFixtureWriter.Write(Path.Combine(_dir, "source.csv"), ["AUS", "KOR", "JPN"], IndustryCodes.Get("wiod2013").Codes.ToArray()));

    private static string[] Ptf(string folder, params string[] more) =>
        ["ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS", "--sink", "KOR", "--risk", "JPN", "--format", "csv", "--data", folder, .. more];

    private static string OneErrorLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.StartsWith("error: ", lines[^1]);
        return lines[^1];
    }

    [Fact]
    public void ATruncatedGzipTableIsOneLineExitTwoAndTheStackOnlyWithVerbose()
    {
        var gz = MalformedInputTests.Gzip(Table());
        var folder = Folder("truncated", gz[..(gz.Length / 2)]);
        var (code, stdout, stderr) = Run(Ptf(folder));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = OneErrorLine(stderr);
        Assert.Contains(Path.Combine(folder, "wiod2013", "WIOD2013_2011.csv.gz") + ":", line);
        Assert.Contains("the gzip stream is truncated or corrupt", line);

        var (verboseCode, _, verbose) = Run(Ptf(folder, "--verbose"));
        Assert.Equal(2, verboseCode);
        Assert.Contains("   at SupplyChainNotebooks.Io.", verbose);
    }

    [Fact]
    public void ATenMegabyteLineIsOneShortLine()
    {
        var folder = Folder("one-line", Encoding.ASCII.GetBytes(new string('9', 10 << 20)), "WIOD2013_2011.csv.gz");
        var (code, _, stderr) = Run(Ptf(folder));
        Assert.Equal(2, code);
        var line = OneErrorLine(stderr);
        Assert.Contains(":1: line 1 is longer than 4 MiB without a line break", line);
        Assert.True(line.Length < 500, $"error line of {line.Length} characters");
    }

    [Fact]
    public void ByteOrderMarkAndCrlfGiveTheSameResultAsThePlainFile()
    {
        var table = Table();
        var bom = (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(table).ReplaceLineEndings("\r\n"))];
        var (plainCode, plainOut, plainErr) = Run(Ptf(Folder("plain", MalformedInputTests.Gzip(table))));
        var (bomCode, bomOut, bomErr) = Run(Ptf(Folder("bom", MalformedInputTests.Gzip(bom))));
        Assert.True(plainCode == 0, plainErr);
        Assert.True(bomCode == 0, bomErr);
        // Same rows and labels; numbers equal up to the last bits (the multi-threaded LU need not round identically run to run).
        var plainRows = plainOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bomRows = bomOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(plainRows.Length, bomRows.Length);
        for (var r = 0; r < plainRows.Length; r++)
        {
            var (a, b) = (plainRows[r].Split(','), bomRows[r].Split(','));
            Assert.Equal(a.Length, b.Length);
            for (var c = 0; c < a.Length; c++)
            {
                if (double.TryParse(a[c], System.Globalization.CultureInfo.InvariantCulture, out var x) && double.TryParse(b[c], System.Globalization.CultureInfo.InvariantCulture, out var y))
                    Assert.True(Math.Abs(x - y) <= 1e-12 * Math.Max(1, Math.Abs(x)), $"row {r} column {c}: {x} vs {y}");
                else
                    Assert.Equal(a[c], b[c]);
            }
        }
        Assert.True(plainOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 100, plainOut); // header, AUS × KOR pairs, aggregate
    }

    [Fact]
    public void ADamagedWorkbookIsOneLine()
    {
        var good = new WiodWorkbookFixture(["AUS", "KOR"]).Write(Path.Combine(_dir, "good.xlsx"));
        var bytes = File.ReadAllBytes(good);
        var folder = Folder("xlsx", bytes[..(bytes.Length * 3 / 4)], "wiot11_row_apr12.xlsx");
        var (code, _, stderr) = Run(["ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS", "--sink", "KOR", "--risk", "KOR", "--data", folder]);
        Assert.Equal(2, code);
        var line = OneErrorLine(stderr);
        Assert.Contains("wiot11_row_apr12.xlsx", line);
        Assert.Contains("not an Excel workbook", line);
    }

    [Fact]
    public void ATableOfAnotherEditionNamesTheCodesAndTheExpectedEdition()
    {
        var text = Encoding.UTF8.GetString(Table()).Replace("_C01T05", "_A01", StringComparison.Ordinal);
        var folder = Folder("edition", MalformedInputTests.Gzip(Encoding.UTF8.GetBytes(text)));
        var (code, _, stderr) = Run(Ptf(folder));
        Assert.Equal(2, code);
        var line = OneErrorLine(stderr);
        Assert.Contains("WIOD2013_2011.csv.gz", line);
        Assert.Contains("A01", line);
        Assert.Contains("expected edition wiod2013", line);
    }

    [Fact]
    public void AnUnknownRiskCountryListsNearbyCodes()
    {
        var folder = Folder("label", MalformedInputTests.Gzip(Table()));
        var (code, _, stderr) = Run(["ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS", "--sink", "KOR", "--risk", "JPX", "--data", folder]);
        Assert.Equal(2, code);
        var line = OneErrorLine(stderr);
        Assert.Contains("unknown country 'JPX'", line);
        Assert.Contains("JPN", line);
    }

    [Fact]
    public void AMissingDataFolderIsOneLineInsteadOfASilentFallBackToTheMirror()
    {
        var missing = Path.Combine(_dir, "no-such-folder");
        var (code, stdout, stderr) = Run(["ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS:C10T14", "--sink", "KOR:C30T33", "--data", missing]);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = OneErrorLine(stderr);
        Assert.Contains($"data folder '{missing}' given by --data does not exist", line);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task AMissingEnvironmentDataFolderIsOneLineToo()
    {
        // A child process, so the variable never leaks into tests running in parallel.
        var missing = Path.Combine(_dir, "no-such-env-folder");
        using var child = Tests.Data.CrashHelper.StartDotnet(Path.Combine(AppContext.BaseDirectory, "scn.dll"),
            ["ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS:C10T14", "--sink", "KOR:C30T33"],
            new Dictionary<string, string> { [DataFolder.EnvironmentVariable] = missing });
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(2, child.ExitCode);
        Assert.Equal("", await stdout);
        Assert.Contains($"data folder '{missing}' named by ${DataFolder.EnvironmentVariable} does not exist", OneErrorLine(await stderr));
    }

    [Fact]
    public void AMissingYearSaysWhereItLookedAndHowToObtainIt()
    {
        var folder = Folder("missing", MalformedInputTests.Gzip(Table()));
        var (code, _, stderr) = Run(["ptf", "--dataset", "icio2023", "--year", "2019", "--source", "AUS", "--sink", "KOR", "--data", folder]);
        Assert.Equal(2, code);
        var line = OneErrorLine(stderr);
        Assert.Contains("dataset 'icio2023': year 2019", line);
        Assert.Contains("./scn data fetch icio2023", line);
        Assert.Contains(folder, line);
    }

    [Fact]
    public void ATruncatedTradeFileFailsTheItemsCommandWithOneLine()
    {
        var data = TradeFixtures.DataFolderWith(officialBaci: false);
        var extract = Path.Combine(data, "baci_critical_materials", "baci_hs17_v202601_critical30_2024_full.csv");
        var gz = MalformedInputTests.Gzip(File.ReadAllBytes(extract));
        File.WriteAllBytes(extract, gz[..(gz.Length - 4)]);
        var (code, _, stderr) = Run("items", "indicators", "--reporter", "KOR", "--item", "permanent-magnets", "--year", "2024", "--data", data);
        Assert.Equal(2, code);
        var line = OneErrorLine(stderr);
        Assert.Contains(extract, line);
        Assert.Contains("gzip", line);
    }
}
