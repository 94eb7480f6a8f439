using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>Malformed input to the readers: a typed error naming the file and the line/column or label.</summary>
[Collection(DataFolderCollection.Name)]
public sealed class ReaderBadInputTests
{
    private static readonly IcioReadOptions Custom = new() { CustomLayout = true };

    private const string Header = "V1,AUS_A,AUS_B,AUS_HFCE,OUT";
    private const string Good = Header + "\nAUS_A,1,2,7,10\nAUS_B,3,4,13,20\nTLS,0,0,,\nVA,6,14,,\nOUT,10,20,,\n";

    private static string Write(string content, string name = "t.csv")
    {
        var path = Path.Combine(Fixtures.ScratchFolder(), name);
        File.WriteAllText(path, content);
        return path;
    }

    private static DataFormatException Fails(string content) =>
        Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(Write(content), Custom));

    [Fact]
    public void TheGoodBaselineReads() => Assert.Equal(2, IcioCsvReader.Read(Write(Good), Custom).NodeCount);

    [Fact]
    public void MissingFile()
    {
        var path = Path.Combine(Fixtures.ScratchFolder(), "absent.csv");
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, Custom));
        Assert.Contains(path, e.Message);
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void EmptyFile() => Assert.Contains("empty file", Fails("").Message);

    [Fact]
    public void WrongDelimiter()
    {
        var e = Fails(Good.Replace(',', ';'));
        Assert.Equal(1, e.Line);
        Assert.Contains("semicolon", e.Message);
    }

    [Fact]
    public void RaggedRow()
    {
        var e = Fails(Good.Replace("AUS_B,3,4,13,20", "AUS_B,3,4,13", StringComparison.Ordinal));
        Assert.Equal(3, e.Line);
        Assert.Contains("ragged row: 4 cells, the header has 5", e.Message);
    }

    [Theory]
    [InlineData("x3", "non-numeric cell 'x3'")]
    [InlineData("NaN", "non-finite value 'NaN'")]
    [InlineData("Infinity", "non-finite value 'Infinity'")]
    [InlineData("1e400", "non-finite value '1e400'")]
    public void BadCell(string cell, string problem)
    {
        var e = Fails(Good.Replace("AUS_B,3,", $"AUS_B,{cell},", StringComparison.Ordinal));
        Assert.Equal(3, e.Line);
        Assert.Equal("AUS_A", e.Column);
        Assert.Contains(problem, e.Message);
        Assert.Contains("row AUS_B", e.Message);
    }

    [Fact]
    public void NegativeOutput()
    {
        var e = Fails(Good.Replace("13,20\n", "13,-20\n", StringComparison.Ordinal).Replace("OUT,10,20", "OUT,10,-20", StringComparison.Ordinal));
        Assert.Equal(3, e.Line);
        Assert.Contains("negative gross output -20 for AUS_B", e.Message);
    }

    [Fact]
    public void MissingOutRow()
    {
        var e = Fails(Good.Replace("OUT,10,20,,\n", "", StringComparison.Ordinal));
        Assert.Contains("missing OUT row", e.Message);
        Assert.Contains("TLS, VA", e.Message);
    }

    [Fact]
    public void MissingOutColumn()
    {
        var e = Fails("V1,AUS_A,AUS_B,AUS_HFCE\nAUS_A,1,2,7\nAUS_B,3,4,13\nOUT,10,20,\n");
        Assert.Equal(1, e.Line);
        Assert.Contains("missing OUT column", e.Message);
    }

    [Fact]
    public void OutRowDisagreesWithOutColumn()
    {
        var e = Fails(Good.Replace("OUT,10,20", "OUT,10,25", StringComparison.Ordinal));
        Assert.Equal("AUS_B", e.Column);
        Assert.Contains("disagree for AUS_B", e.Message);
    }

    [Fact]
    public void RowLabelsDoNotMatchColumnLabels()
    {
        var e = Fails(Good.Replace("AUS_B,3,4", "AUS_C,3,4", StringComparison.Ordinal));
        Assert.Equal(3, e.Line);
        Assert.Contains("'AUS_C' looks like a node but does not match column 2 ('AUS_B')", e.Message);
    }

    [Fact]
    public void DuplicateNodeRow()
    {
        var e = Fails(Good.Replace("TLS,0,0,,\n", "AUS_A,1,2,7,10\nTLS,0,0,,\n", StringComparison.Ordinal));
        Assert.Equal(4, e.Line);
        Assert.Contains("duplicate or out-of-order node row 'AUS_A'", e.Message);
    }

    [Fact]
    public void DuplicateBottomRow()
    {
        var e = Fails(Good.Replace("TLS,0,0,,\n", "SD,0,0,,\nSD,0,0,,\n", StringComparison.Ordinal));
        Assert.Contains("duplicate row 'SD'", e.Message);
    }

    [Fact]
    public void DuplicateColumnLabel()
    {
        var e = Fails("V1,AUS_A,AUS_A,AUS_HFCE,OUT\nAUS_A,1,2,7,10\nAUS_A,3,4,13,20\nVA,6,14,,\nOUT,10,20,,\n");
        Assert.Contains("Col name 'AUS_A' found 2 times", e.Message);   // Sep's header check
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void UnknownCountryAndIndustryInASetExpressionListNearbyCodes()
    {
        var t = IcioCsvReader.Read(Fixtures.Path("icio", "icio2023_small_layout.csv"), Custom);
        var country = Assert.Throws<UnknownLabelException>(() => NodeSet.Resolve(t, "AUZ:C17_18"));
        Assert.Contains("unknown country 'AUZ'", country.Message);
        Assert.Contains("AUS", country.Nearby);
        var industry = Assert.Throws<UnknownLabelException>(() => NodeSet.Resolve(t, "AUS:C17T18"));
        Assert.Contains("unknown industry 'C17T18'", industry.Message);
        Assert.Equal("C17_18", industry.Nearby[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AUS+")]
    public void EmptySetExpression(string expression)
    {
        var t = IcioCsvReader.Read(Fixtures.Path("icio", "icio2023_small_layout.csv"), Custom);
        var e = Assert.Throws<InvalidExpressionException>(() => NodeSet.Resolve(t, expression));
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void TheCliPrintsOneLineAndExitsWithTwoAndShowsTheStackOnlyWithVerbose()
    {
        var folder = Fixtures.ScratchFolder();
        Directory.CreateDirectory(Path.Combine(folder, "wiod2013"));
        var bad = Path.Combine(folder, "wiod2013", "WIOD2013_2011.csv.gz");
        File.WriteAllText(bad, Good.Replace("AUS_B,3,", "AUS_B,oops,", StringComparison.Ordinal));
        string[] args = ["ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS", "--sink", "AUS", "--data", folder];
        try
        {
            var (code, stdout, stderr) = Run(args);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            Assert.StartsWith("error: ", lines[0]);
            Assert.Contains(bad + ":3 (column AUS_A): non-numeric cell 'oops'", lines[0]);

            var (verboseCode, _, verboseErr) = Run([.. args, "--verbose"]);
            Assert.Equal(2, verboseCode);
            Assert.Contains("   at SupplyChainNotebooks.Io.IcioCsvReader", verboseErr);
        }
        finally
        {
            DataFolder.OptionOverride = null;
        }
    }

    private static (int code, string stdout, string stderr) Run(string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}

/// <summary>Tests that set the process-wide <see cref="DataFolder.OptionOverride"/> (via the CLI) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DataFolderCollection
{
    public const string Name = "process-wide data folder";
}
