using System.Globalization;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Reads a WIOD 2016 world input–output table workbook (<c>WIOT2014_Nov16_ROW</c>; 43 countries + ROW × 56 industries)
/// in its published sheet layout (.xlsb as published, or .xlsx).
/// <para>Layout relied on (public descriptions, no code copied): four header rows above the data — industry/category
/// code (<c>A01</c> … <c>U</c>, <c>CONS_h</c> …, <c>GO</c>), description, country (<c>TOT</c> over the output column),
/// and the column number <c>c1</c> … — followed by the data rows with code, description, country and row number
/// <c>r1</c> … in columns A–D and the values from column E; the bottom rows carry country <c>TOT</c> and the codes
/// <c>II_fob, TXSP, EXP_adj, PURR, PURNR, VA, IntTTM, GO</c> (MARIO <c>mario/parsers/wiod.py</c>
/// build_wiod_iot_from_frame reads codes/labels/regions from the 3rd–5th rows and data from the 7th; pymrio's WIOD parser
/// uses the same four header rows for the 2013 release). The header row with <c>c1</c> in column E is located, not
/// assumed, so a title row more or less does not matter.</para>
/// <para>The release ships binary .xlsb workbooks: they are read as published (the project's own reader, since
/// ExcelDataReader 3.6 cannot read .xlsb); an .xlsx copy or the RData release written to CSV
/// (<see cref="Wiod2016CsvReader"/>) give the same table.</para>
/// </summary>
public static class Wiod2016ExcelReader
{
    /// <summary>Reads a workbook.</summary>
    /// <exception cref="DataFormatException">Not the published layout; the message names file, sheet, row and column.</exception>
    public static MrioTable Read(string path, string datasetId = "wiod2016", int? year = null)
    {
        using var rows = ExcelSheetRows.Open(path, names =>
        {
            var byYear = year is { } y ? names.ToList().FindIndex(n => n.Trim() == y.ToString(CultureInfo.InvariantCulture)) : -1;
            return byYear >= 0 ? byYear : 0;
        });
        if (year is { } wanted && int.TryParse(rows.Sheet.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sheetYear)
            && sheetYear is >= 1900 and <= 2100 && sheetYear != wanted)
            throw new DataFormatException(path, null, $"sheet {rows.Sheet}", $"the workbook holds {sheetYear}, not {wanted}");
        var sha = DataProvenance.Record(datasetId, path);

        var cells = Array.Empty<object?>();
        var header = new List<object?[]>();
        var numberRow = -1;
        while (rows.Row < 12 && rows.Next(ref cells))
        {
            header.Add((object?[])cells.Clone());
            if (ExcelSheetRows.Text(cells, 4).Equals("c1", StringComparison.OrdinalIgnoreCase))
            {
                numberRow = header.Count - 1;
                break;
            }
        }
        if (numberRow < 3)
            throw rows.Error(4, "no header row with column number 'c1' in column E (below the code, description and country rows) within the first 12 rows; this is not a WIOD 2016 world input–output table sheet");
        var codeRow = header[numberRow - 3];
        var countryRow = header[numberRow - 1];

        var sectorColumns = new List<(int Column, NodeLabel Node)>();
        var fdColumns = new List<(int Column, FinalDemandColumn Fd)>();
        var outputColumn = -1;
        for (var c = 4; c < codeRow.Length || c < countryRow.Length; c++)
        {
            var code = ExcelSheetRows.Text(codeRow, c);
            var country = ExcelSheetRows.Text(countryRow, c);
            if (code.Length == 0 && country.Length == 0) continue;
            if (code.Equals("GO", StringComparison.OrdinalIgnoreCase) || country.Equals("TOT", StringComparison.OrdinalIgnoreCase))
            {
                outputColumn = c;
                break;
            }
            if (code.Length == 0 || country.Length == 0)
                throw new DataFormatException(path, code.Length == 0 ? rows.Row - 3 : rows.Row - 1, $"{rows.Sheet}!{ExcelSheetRows.ColumnName(c)}", "empty column code or country in the header");
            if (Wiod2016Layout.IsFinalDemand(code)) fdColumns.Add((c, new FinalDemandColumn(country, code)));
            else if (fdColumns.Count > 0)
                throw new DataFormatException(path, rows.Row - 3, $"{rows.Sheet}!{ExcelSheetRows.ColumnName(c)}", $"industry column '{country}_{code}' after the final-demand columns");
            else sectorColumns.Add((c, new NodeLabel(country, code)));
        }
        if (outputColumn < 0) throw rows.Error(null, "no output column (code GO, country TOT) in the header");
        if (sectorColumns.Count == 0 || fdColumns.Count == 0) throw rows.Error(4, "no industry or no final-demand columns in the header");

        var n = sectorColumns.Count;
        var m = fdColumns.Count;
        var nodes = new NodeLabel[n];
        var z = new double[n * n];
        var f = new double[n * m];
        var x = new double[n];
        var bottom = new Dictionary<string, (double[] Values, long Line)>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (rows.Next(ref cells))
        {
            var code = ExcelSheetRows.Text(cells, 0);
            var country = ExcelSheetRows.Text(cells, 2);
            if (code.Length == 0 && country.Length == 0) continue;
            if (Wiod2016Layout.IsBottomRow(code))
            {
                var canonical = Wiod2016Layout.Canonical(code);
                var values = new double[n];
                for (var k = 0; k < n; k++) values[k] = rows.Number(cells, sectorColumns[k].Column, canonical);
                if (!bottom.TryAdd(canonical, (values, rows.Row))) throw rows.Error(0, $"bottom row {canonical} appears twice");
                if (canonical == "GO") break;
                continue;
            }
            if (bottom.Count > 0) throw rows.Error(0, $"industry row '{country}_{code}' after the bottom rows");
            if (i >= n) throw rows.Error(0, $"more industry rows than the {n} industry columns of the header (row '{country}_{code}')");
            var expected = sectorColumns[i].Node;
            if (!expected.SameNode(new NodeLabel(country, code)))
                throw rows.Error(0, $"row '{country}_{code}' where '{expected.Label}' was expected: rows and columns must list the same country-industries in the same order");
            nodes[i] = expected;
            for (var k = 0; k < n; k++) z[i * n + k] = rows.Number(cells, sectorColumns[k].Column, expected.Label);
            for (var c = 0; c < m; c++) f[i * m + c] = rows.Number(cells, fdColumns[c].Column, expected.Label);
            x[i] = rows.Number(cells, outputColumn, expected.Label);
            i++;
        }
        if (i < n) throw rows.Error(null, $"only {i} of {n} industry rows");

        var countries = nodes.Select(nd => nd.Country).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var format = $"wiod2016-xlsx (sheet '{rows.Sheet}'; {countries} countries × {n / Math.Max(1, countries)} industries; final demand {string.Join(",", fdColumns.Select(c => c.Fd.Category).Distinct())})";
        return Wiod2016Layout.Build(path, datasetId, year, sha, format, new Wiod2016Layout.Blocks
        {
            Nodes = nodes, FinalDemand = fdColumns.Select(c => c.Fd).ToArray(), Z = z, F = f, X = x, Bottom = bottom,
        });
    }
}
