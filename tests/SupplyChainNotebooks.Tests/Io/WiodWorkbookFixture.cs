using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SupplyChainNotebooks.Model.Codes;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// Writes a small workbook in the layout of the official WIOD 2013 world input–output tables (see
/// <see cref="SupplyChainNotebooks.Io.WiodWorkbookReader"/>): title in A1, header rows 3–6 (ISIC code, description,
/// country, WIOD code), data from row 7 column E, bottom rows r60…r69, a total column. Values come from fixed formulas
/// so tests can recompute every cell.
/// </summary>
public sealed class WiodWorkbookFixture
{
    public static readonly string[] BottomDescriptions =
    [
        "Total intermediate consumption", "taxes less subsidies on products", "Cif/ fob adjustments on exports",
        "Direct purchases abroad by residents", "Purchases on the domestic territory by non-residents ",
        "Value added at basic prices", "International Transport Margins", "Output at basic prices",
    ];

    public static readonly string[] BottomCodes = ["r60", "r61", "r62", "r63", "r64", "r65", "r66", "r69"];

    public static readonly (string Code, string Name)[] FinalDemand =
    [
        ("c37", "Final consumption expenditure by households"),
        ("c38", "Final consumption expenditure by non-profit organisations serving households (NPISH)"),
        ("c39", "Final consumption expenditure by government"),
        ("c41", "Gross fixed capital formation"),
        ("c42", "Changes in inventories and valuables"),
    ];

    public WiodWorkbookFixture(IReadOnlyList<string> countries)
    {
        Countries = countries;
        N = countries.Count * 35;
        M = countries.Count * FinalDemand.Length;
    }

    public IReadOnlyList<string> Countries { get; }

    public int N { get; }

    public int M { get; }

    /// <summary>Intermediate flow z_ik (row i, column k), M USD.</summary>
    public double Z(int i, int k) => (i * 7 + k * 3) % 11 == 0 ? 0 : 1 + (i * 13 + k * 5) % 9 + 0.25 * ((i + k) % 4);

    /// <summary>Final demand of row i in FD column c.</summary>
    public double F(int i, int c) => c % 5 == 0 ? 50 + i % 17 : c % 5 == 4 ? -((i + c) % 3) : (i + c) % 6;

    /// <summary>Row total (total column) Σz + Σf.</summary>
    public double RowTotal(int i) => Enumerable.Range(0, N).Sum(k => Z(i, k)) + Enumerable.Range(0, M).Sum(c => F(i, c));

    /// <summary>Published output row: the row total, except node <see cref="OffNode"/> which is 2 higher.</summary>
    public double Output(int k) => RowTotal(k) + (k == OffNode ? 2 : 0);

    public const int OffNode = 5;

    /// <summary>Bottom rows r61…r66 other than VA: fixed small values.</summary>
    public static double Primary(int bottom, int k) => bottom switch { 1 => 1 + k % 3, 2 => 0.5, 3 => 0.25 * (k % 2), 4 => 0.125, 6 => 0.75, _ => 0 };

    public double ValueAdded(int k) =>
        Output(k) - Enumerable.Range(0, N).Sum(i => Z(i, k)) - new[] { 1, 2, 3, 4, 6 }.Sum(b => Primary(b, k));

    /// <summary>Writes the workbook; <paramref name="cellOverride"/> may replace a data cell (row, 0-based column) by text.</summary>
    public string Write(string path, string title = "World Input-Output Table 2011", (int Row, int Column, string Text)? cellOverride = null)
    {
        var codes = IndustryCodes.Get("wiod2013").Industries;
        var rows = new List<List<object?>>
        {
            new() { title },
            new(),
            new() { "(industry-by-industry)", null, null, null },
            new() { "(millions of US$)", null, null, null },
            new() { null, null, null, null },
            new() { null, null, null, null },
        };
        foreach (var c in Countries)
            foreach (var ind in codes)
            {
                rows[2].Add(ind.Aliases[1]);
                rows[3].Add(ind.Name);
                rows[4].Add(c);
                rows[5].Add(ind.Aliases[0]);
            }
        foreach (var c in Countries)
            foreach (var (code, name) in FinalDemand)
            {
                rows[2].Add(null);
                rows[3].Add(name);
                rows[4].Add(c);
                rows[5].Add(code);
            }
        rows[2].Add(null);
        rows[3].Add("Total output");
        rows[4].Add("TOT");
        rows[5].Add("c62");
        for (var i = 0; i < N; i++)
        {
            var ind = codes[i % 35];
            var row = new List<object?> { ind.Aliases[1], ind.Name, Countries[i / 35], ind.Aliases[0] };
            for (var k = 0; k < N; k++) row.Add(Z(i, k));
            for (var c = 0; c < M; c++) row.Add(F(i, c));
            row.Add(RowTotal(i));
            rows.Add(row);
        }
        for (var b = 0; b < BottomCodes.Length; b++)
        {
            var row = new List<object?> { null, BottomDescriptions[b], "TOT", BottomCodes[b] };
            for (var k = 0; k < N; k++)
                row.Add(b switch
                {
                    0 => Enumerable.Range(0, N).Sum(i => Z(i, k)),
                    5 => ValueAdded(k),
                    7 => Output(k),
                    _ => Primary(b, k),
                });
            rows.Add(row);
        }
        if (cellOverride is { } o) rows[o.Row - 1][o.Column] = o.Text;

        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var ws = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var xr = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var reference = SupplyChainNotebooks.Io.WiodWorkbookReader.ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (rows[r][c])
                {
                    case null: break;
                    case string s:
                        xr.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) });
                        break;
                    case double d:
                        xr.Append(new Cell { CellReference = reference, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) });
                        break;
                }
            }
            data.Append(xr);
        }
        ws.Worksheet = new Worksheet(data);
        var sheets = wb.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "WIOT_2011" });
        wb.Workbook.Save();
        return path;
    }
}
