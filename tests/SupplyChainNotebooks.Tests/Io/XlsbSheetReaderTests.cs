using SupplyChainNotebooks.Io;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// The project's .xlsb reader against a workbook written by an independent writer (SheetJS; Fixtures/xlsb/make-fixtures.js
/// states the cells, which the expectations below restate), and the RkNumber encoding of [MS-XLSB] 2.5.122.
/// </summary>
public sealed class XlsbSheetReaderTests
{
    private static readonly string Mixed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "xlsb", "mixed.xlsb");

    [Fact]
    public void EveryValueKindOfTheIndependentlyWrittenWorkbookIsRead()
    {
        Assert.True(XlsbSheetReader.IsXlsb(Mixed));
        Assert.Equal(["First", "Second"], XlsbSheetReader.SheetNames(Mixed));
        using var rows = ExcelSheetRows.Open(Mixed, _ => 0);
        var all = new List<object?[]>();
        var cells = Array.Empty<object?>();
        while (rows.Next(ref cells)) all.Add((object?[])cells.Clone());

        Assert.Equal(5, all.Count);                                            // row 4 is stored by no record: empty
        Assert.Equal(["code", "label", 1.0, null, 42.0], all[0]);             // shared strings, short RK, formula's cached value
        Assert.Equal([2.5, null, -3.0, null, "#DIV/0!"], all[1]);              // real, RK integer, error cell
        Assert.Equal([true, "code", 1e-7, null, "text formula"], all[2]);
        Assert.All(all[3], Assert.Null);
        Assert.Equal([123456789.0, 0.01, -1.5, "Ünïcode 日本", null], all[4]);
        Assert.Equal(5, rows.Row);
    }

    [Fact]
    public void TheChosenSheetIsRead()
    {
        using var rows = ExcelSheetRows.Open(Mixed, names => names.ToList().IndexOf("Second"));
        Assert.Equal("Second", rows.Sheet);
        var cells = Array.Empty<object?>();
        Assert.True(rows.Next(ref cells));
        Assert.Equal("2014", ExcelSheetRows.Text(cells, 0));
        Assert.True(rows.Next(ref cells));
        Assert.Equal(7.0, rows.Number(cells, 0, "row 2"));
        Assert.False(rows.Next(ref cells));
    }

    [Theory]
    // [MS-XLSB] RkNumber: bit 0 fx100 (divide by 100), bit 1 fInt (30-bit signed integer), else the 30 high bits of an IEEE double.
    [InlineData(0x3FF0_0000u, 1.0)]                   // double 1.0 = 0x3FF0000000000000
    [InlineData(0x3FF8_0000u, 1.5)]
    [InlineData(0xC000_0000u, -2.0)]
    [InlineData((123u << 2) | 2, 123.0)]
    [InlineData((123u << 2) | 3, 1.23)]               // integer 123, divided by 100
    [InlineData(unchecked((uint)(-7 << 2)) | 2, -7.0)]
    [InlineData(0x3FF0_0001u, 0.01)]                  // double 1.0 divided by 100
    public void RkNumbersDecodeAsTheSpecificationSays(uint raw, double expected) =>
        Assert.Equal(expected, XlsbSheetReader.Rk(raw));
}
