using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Performance;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// The parallel row parser on files large enough to take the parallel path: a written table reads back bit for bit
/// (the writer uses round-trip formatting, so the oracle is the in-memory table), and the first bad cell of the file is
/// the one reported even though rows are parsed out of order.
/// </summary>
public sealed class IcioCsvParallelParseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scn-parse-test-" + Guid.NewGuid().ToString("N"));

    public IcioCsvParallelParseTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void LargeFileReadsBackExactly()
    {
        var table = SyntheticIcioTable.Create(countries: 13, industries: 45, seed: 8);
        var path = Path.Combine(_folder, "big.csv");
        IcioCsvWriter.Write(table, path);
        Assert.True(new FileInfo(path).Length > 4 << 20, "the file must be large enough for the parallel path");
        var back = IcioCsvReader.Read(path, new IcioReadOptions { CustomLayout = true });
        Assert.Equal(table.Nodes.ToArray(), back.Nodes.ToArray());
        Assert.Equal(table.FinalDemandColumns.ToArray(), back.FinalDemandColumns.ToArray());
        Assert.Equal(table.GrossOutput.ToArray(), back.GrossOutput.ToArray());
        Assert.Equal(table.ValueAdded?.ToArray(), back.ValueAdded?.ToArray());
        Assert.Equal(table.TaxesLessSubsidies?.ToArray(), back.TaxesLessSubsidies?.ToArray());
        for (var i = 0; i < table.NodeCount; i++)
        {
            Assert.True(table.IntermediateRow(i).SequenceEqual(back.IntermediateRow(i)), $"Z row {i}");
            Assert.True(table.FinalDemandRow(i).SequenceEqual(back.FinalDemandRow(i)), $"F row {i}");
        }
    }

    [Theory]
    [InlineData(13)]   // > 4 MB: parallel path
    [InlineData(2)]    // small: sequential path
    public void FirstBadCellIsReportedWithLineAndColumn(int countries)
    {
        var table = SyntheticIcioTable.Create(countries: countries, industries: 45, seed: 8);
        var path = Path.Combine(_folder, "bad.csv");
        IcioCsvWriter.Write(table, path);
        var lines = File.ReadAllLines(path);
        // Two bad cells: on line 61 (node row 60) column 7, and a later one; the first must be reported.
        lines[60] = Replace(lines[60], 7, "12,5x");
        lines[^5] = Replace(lines[^5], 3, "oops");
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, new IcioReadOptions { CustomLayout = true }));
        Assert.Equal(61, e.Line);
        Assert.Equal(table.Nodes[6].Label, e.Column);
        Assert.Contains("'125x'", e.Message, StringComparison.Ordinal);
        Assert.Contains(table.Nodes[59].Label, e.Message, StringComparison.Ordinal);
    }

    private static string Replace(string line, int cell, string text)
    {
        var cells = line.Split(',');
        cells[cell] = text.Replace(",", "", StringComparison.Ordinal);
        return string.Join(',', cells);
    }
}
