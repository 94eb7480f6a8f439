using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Tests.Analysis;
using SupplyChainNotebooks.Tests.Io;
using SupplyChainNotebooks.Tests.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Cli;

/// <summary>
/// Every command that analyses a table prints the coefficient warnings (columns of A summing to ≥ 1 with the worst named,
/// spectral radius ≥ 1) on stderr before its result, and a singular table ends in one error line naming the nodes.
/// </summary>
[Collection(CliDataFolderCollection.Name)]
public sealed class TableWarningsTests : IDisposable
{
    private static readonly string[] Labels = ["AUS_C01T05", "KOR_C01T05"];
    private readonly string _folder = Fixtures.ScratchFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Writes a WIOD 2013-coded table (partial edition) as the 2011 file of the data folder.</summary>
    private string DataFolder(MrioTable table)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "wiod2013"));
        File.WriteAllText(Path.Combine(_folder, "wiod2013", "WIOD2013_2011.csv.gz"), new IcioCsvText(Labels, table).Text);
        return _folder;
    }

    /// <summary>A = [[0.6, 0.3], [0.5, 0]]: column AUS sums to 1.1, ρ(A) = (0.6 + √0.96) / 2 ≈ 0.79 — productive.</summary>
    private static MrioTable HeavyColumn() => SingularTableTests.Table(["AUS_X", "KOR_W"], new double[,] { { 6, 3 }, { 5, 0 } }, [1, 5]);

    public static TheoryData<string[]> Commands => new(
        ["ptf", "--source", "AUS", "--sink", "KOR", "--risk", "KOR"],
        ["ptf", "rank", "--source", "AUS", "--sink", "KOR", "--risk", "KOR"],
        ["ptf", "top", "--risk", "KOR", "--sinks", "anywhere"],
        ["ptf", "findings"]);

    [Theory]
    [MemberData(nameof(Commands))]
    public void TheWarningNamesTheWorstColumnOnStderr(string[] command)
    {
        var folder = DataFolder(HeavyColumn());
        var (code, stdout, stderr) = CliFailureTests.Run([.. command, "--dataset", "wiod2013", "--year", "2011", "--format", "json", "--data", folder]);
        var warning = Assert.Single(stderr.Split('\n'), l => l.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.Equal("warning: wiod2013 2011: 1 column(s) of A sum to ≥ 1 (worst: AUS_C01T05 1.1000)", warning);
        Assert.DoesNotContain("warning", stdout);
        if (command is not ["ptf", "findings"]) Assert.True(code == 0, stderr);   // findings needs the chapter's countries: it fails after warning
    }

    [Fact]
    public void AnUnproductiveTableWarnsAboutTheSpectralRadius()
    {
        // A = [[0.6, 0.6], [0.5, 0.5]]: both columns sum to 1.1 and ρ(A) = 1.1 (rank one, trace 1.1).
        var table = SingularTableTests.Table(["AUS_X", "KOR_W"], new double[,] { { 6, 6 }, { 5, 5 } }, [-2, 0]);
        Assert.True(CoefficientDiagnostics.Of(table).IsUnproductive);
        var (_, _, stderr) = CliFailureTests.Run("ptf", "--source", "AUS", "--sink", "KOR", "--risk", "KOR", "--dataset", "wiod2013", "--year", "2011", "--data", DataFolder(table));
        Assert.Contains("warning: wiod2013 2011: spectral radius of A is ≥ 1 (1.1000): the Leontief inverse is not a convergent walk sum", stderr);
    }

    [Fact]
    public void ASingularTableIsOneErrorLineNamingTheClosedBlockAfterTheWarnings()
    {
        var folder = Fixtures.ScratchFolder();
        Directory.CreateDirectory(Path.Combine(folder, "wiod2013"));
        File.WriteAllText(Path.Combine(folder, "wiod2013", "WIOD2013_2011.csv.gz"),
            new IcioCsvText(["AUS_C01T05", "KOR_C01T05", "JPN_C01T05"], SingularTableTests.ClosedPair()).Text);
        try
        {
            var (code, stdout, stderr) = CliFailureTests.Run("ptf", "--source", "AUS", "--sink", "KOR", "--risk", "JPN", "--dataset", "wiod2013", "--year", "2011", "--data", folder);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines[..^1], l => Assert.StartsWith("warning: ", l));
            Assert.StartsWith("error: (I − A) of wiod2013 2011 is singular: 2 node(s) form a closed block", lines[^1]);
            Assert.Contains("AUS_C01T05, KOR_C01T05", lines[^1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
