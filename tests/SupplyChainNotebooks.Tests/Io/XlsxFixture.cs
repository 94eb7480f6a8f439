using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// Writes small .xlsx workbooks for reader tests with the Open XML SDK: each sheet is a list of rows (1-based Excel row
/// = index + 1) of cells that are strings, numbers or null (no cell written). Text is written as inline strings and
/// numbers as numeric cells, as Excel stores them.
/// </summary>
public static class XlsxFixture
{
    public static string Write(string path, params (string Name, IReadOnlyList<object?[]> Rows)[] sheets)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                if (rows[r].All(v => v is null)) continue; // Excel omits empty rows from the sheet XML; readers must still count them
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    switch (rows[r][c])
                    {
                        case null:
                            continue;
                        case string s:
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) });
                            break;
                        case var v:
                            var d = Convert.ToDouble(v, CultureInfo.InvariantCulture);
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) });
                            break;
                    }
                }
                data.Append(row);
            }
            worksheetPart.Worksheet = new Worksheet(data);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = id++, Name = name });
        }
        workbookPart.Workbook.Save();
        return path;
    }

    public static string ColumnName(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
