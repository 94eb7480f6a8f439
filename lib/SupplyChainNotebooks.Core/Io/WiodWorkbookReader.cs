using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExcelDataReader;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Model.Codes;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Reads an official WIOD 2013-release world input–output table workbook (<c>WIOTYY_ROW_Apr12.xlsx</c> for 1995–2007, <c>WIOTYY_ROW_Sep12.xlsx</c> for 2008–2011, one year per
/// file, as published on DataverseNL) with ExcelDataReader.
/// <para>
/// Layout (first sheet), as relied on by pymrio's <c>parse_wiod</c> (IndEcol/pymrio, pymrio/tools/ioparser.py: title in
/// A1 ending with the year; header rows 3–6 = ISIC code, description, country, WIOD code; data from row 7; the sector
/// code <c>c35</c> closes the intermediate block; the rows coded <c>r60</c> and <c>r69</c> are the totals; the last
/// column is the total) and by J. McNerney's WIOD loader (github j-mcnerney/growth-productionchains,
/// loadWIODbasicData.m: the table starts at row 7, column E; 41 × 35 intermediate rows, then the total intermediate
/// row, five primary-input rows, international transport margins and output; 5 final-demand columns per country):
/// </para>
/// <list type="bullet">
/// <item>columns A–D of every row: ISIC Rev.3 code, description, country, WIOD code (<c>c1</c>…<c>c35</c> for industries,
/// <c>r60</c>… for the bottom rows);</item>
/// <item>rows 3–6 of every column: the same four fields for the column; industry columns <c>c1</c>…<c>c35</c> per
/// country, final-demand columns <c>c37</c> CONS_h, <c>c38</c> CONS_np, <c>c39</c> CONS_g, <c>c41</c> GFCF,
/// <c>c42</c> INVEN per country, then the total column;</item>
/// <item>bottom rows: total intermediate consumption, taxes less subsidies on products, cif/fob adjustments on exports,
/// direct purchases abroad by residents, purchases on the domestic territory by non-residents, value added at basic
/// prices, international transport margins, output at basic prices.</item>
/// </list>
/// WIOD sector codes are mapped to the project's WIOD codes (<c>c1</c> → <c>C01T05</c> … <c>c35</c> → <c>C95T97</c>,
/// data/codes/industries.csv) so that chapter code works on the workbook and on the ICIO-layout copy alike. Gross output
/// x is the "output at basic prices" row; the total column is compared through the balance report, not rejected.
/// </summary>
public static class WiodWorkbookReader
{
    /// <summary>Format id in the catalog.</summary>
    public const string FormatId = "wiod2013-xlsx";

    private static readonly Regex s_sectorCode = new(@"^[cC](\d{1,2})$", RegexOptions.CultureInvariant);
    private static readonly IReadOnlyDictionary<int, string> s_finalDemand = new Dictionary<int, string>
    {
        [37] = "CONS_h", [38] = "CONS_np", [39] = "CONS_g", [40] = "c40", [41] = "GFCF", [42] = "INVEN",
    };

    static WiodWorkbookReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads a workbook.</summary>
    /// <exception cref="DataFormatException">Not the WIOD 2013 layout; the message names file, row and column.</exception>
    public static MrioTable Read(string path, string datasetId = "wiod2013", int? year = null)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var sha = DataProvenance.Record(datasetId, path);
        using var stream = File.OpenRead(path);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (e is not SupplyChainException)
        {
            throw new DataFormatException(path, null, null, $"not an Excel workbook, or a damaged one ({e.GetType().Name}: {e.Message}); download or copy the file again", e);
        }
        using (reader)
        {
            try
            {
                return Read(reader, path, sha, datasetId, year);
            }
            catch (Exception e) when (ExcelSheetRows.IsDamage(e))
            {
                throw new DataFormatException(path, null, null, $"damaged workbook: {e.GetType().Name}: {e.Message}; download or copy the file again", e);
            }
        }
    }

    private static MrioTable Read(IExcelDataReader reader, string file, string sha, string datasetId, int? year)
    {
        var edition = IndustryCodes.Get("wiod2013");
        var top = new List<object?[]>();
        int codeCol = -1;
        long excelRow = 0;
        object?[]? firstDataRow = null;
        while (reader.Read())
        {
            excelRow++;
            var cells = Cells(reader);
            // The first data row has 'c1' in the code column (D) followed by numbers; header row 6 has 'c1', 'c2', … .
            codeCol = Array.FindIndex(cells, 0, Math.Min(cells.Length, 8), c => IsSector(Text(c), 1));
            if (codeCol >= 0 && codeCol + 1 < cells.Length && s_sectorCode.IsMatch(Text(cells[codeCol + 1]))) codeCol = -1;
            if (codeCol >= 1) { firstDataRow = cells; break; }
            top.Add(cells);
            if (excelRow > 20) break;
        }
        if (firstDataRow is null)
            throw new DataFormatException(file, null, null, "no row with the WIOD sector code 'c1' in columns A–H of the first 20 rows: not a WIOD 2013 world input-output table");
        var firstDataExcelRow = excelRow;
        var codeHeaderIndex = top.FindIndex(r => r.Length > codeCol + 1 && IsSector(Text(r[codeCol + 1]), 1));
        if (codeHeaderIndex < 1)
            throw new DataFormatException(file, firstDataExcelRow, ColumnName(codeCol + 1), "no header row with the WIOD code 'c1' above the data (expected row 6)");
        var codeHeader = top[codeHeaderIndex];
        var countryHeader = top[codeHeaderIndex - 1];
        var firstCol = codeCol + 1;
        var countryCol = codeCol - 1;
        var descriptionCol = codeCol - 2;
        var titleYear = TitleYear(top.Count > 0 && top[0].Length > 0 ? Text(top[0][0]) : "");
        if (year is { } y && titleYear is { } ty && ty != y)
            throw new DataFormatException(file, 1, "A", $"the workbook is the table of {ty} (title '{Text(top[0][0])}'), not of {y}");

        // Columns: industries, final demand, total.
        var nodeColumns = new List<NodeLabel>();
        var fdColumns = new List<FinalDemandColumn>();
        int? totalCol = null;
        var width = codeHeader.Length;
        for (var c = firstCol; c < width; c++)
        {
            var code = Text(codeHeader[c]);
            var country = Text(c < countryHeader.Length ? countryHeader[c] : null);
            if (code.Length == 0 && country.Length == 0) { width = c; break; }
            var m = s_sectorCode.Match(code);
            var number = m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            if (number is >= 1 and <= 35 && fdColumns.Count == 0)
                nodeColumns.Add(new NodeLabel(country, edition.Industries[number - 1].Code));
            else if (s_finalDemand.TryGetValue(number, out var category) && totalCol is null)
                fdColumns.Add(new FinalDemandColumn(country, category));
            else if (totalCol is null && nodeColumns.Count > 0 && fdColumns.Count > 0)
                totalCol = c;
            else
                throw new DataFormatException(file, codeHeaderIndex + 1, ColumnName(c), $"unexpected column code '{code}' (country '{country}'); expected c1…c35 per country, then c37…c42 per country, then the total");
        }
        if (nodeColumns.Count == 0) throw new DataFormatException(file, codeHeaderIndex + 1, null, "no industry columns c1…c35");
        if (fdColumns.Count == 0) throw new DataFormatException(file, codeHeaderIndex + 1, ColumnName(firstCol + nodeColumns.Count), "no final-demand columns c37…c42 after the industry columns");
        if (totalCol is null) throw new DataFormatException(file, codeHeaderIndex + 1, ColumnName(width), "missing total column after the final-demand columns");
        CheckBlocks(file, codeHeaderIndex + 1, nodeColumns, edition);

        var n = nodeColumns.Count;
        var m2 = fdColumns.Count;
        var z = new double[n * n];
        var f = new double[n * m2];
        var rowTotal = new double[n];
        double[]? va = null, tls = null, output = null;
        var others = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var nodeRow = 0;
        var row = firstDataRow;
        excelRow = firstDataExcelRow;
        while (row is not null)
        {
            var code = Text(At(row, codeCol));
            var description = descriptionCol >= 0 ? Text(At(row, descriptionCol)) : "";
            if (code.Length > 0 || description.Length > 0)
            {
                var sm = s_sectorCode.Match(code);
                if (sm.Success && nodeRow < n && int.Parse(sm.Groups[1].Value, CultureInfo.InvariantCulture) is var sector and >= 1 and <= 35)
                {
                    var label = new NodeLabel(Text(At(row, countryCol)), edition.Industries[sector - 1].Code);
                    if (!label.SameNode(nodeColumns[nodeRow]))
                        throw new DataFormatException(file, excelRow, ColumnName(countryCol),
                            $"row {nodeRow + 1} of the intermediate block is {Text(At(row, countryCol))} {code} but column {ColumnName(firstCol + nodeRow)} is {nodeColumns[nodeRow].Country} {nodeColumns[nodeRow]}: rows and columns must list the same nodes in the same order");
                    for (var k = 0; k < n; k++) z[nodeRow * n + k] = Number(file, excelRow, firstCol + k, At(row, firstCol + k), label.Label);
                    for (var c = 0; c < m2; c++) f[nodeRow * m2 + c] = Number(file, excelRow, firstCol + n + c, At(row, firstCol + n + c), label.Label);
                    rowTotal[nodeRow] = Number(file, excelRow, totalCol.Value, At(row, totalCol.Value), label.Label);
                    nodeRow++;
                }
                else if (nodeRow < n)
                    throw new DataFormatException(file, excelRow, ColumnName(codeCol), $"row code '{code}' inside the intermediate block (expected {n} rows c1…c35, got {nodeRow})");
                else
                {
                    var values = new double[n];
                    for (var k = 0; k < n; k++) values[k] = Number(file, excelRow, firstCol + k, At(row, firstCol + k), code);
                    switch (BottomRow(code, description))
                    {
                        case "II": break;
                        case "TXSP": tls = values; break;
                        case "VA": va = values; break;
                        case "GO": output = values; break;
                        case { } other:
                            if (!others.TryAdd(other, values)) throw new DataFormatException(file, excelRow, ColumnName(codeCol), $"duplicate bottom row '{description}' ({code})");
                            break;
                        default:
                            throw new DataFormatException(file, excelRow, ColumnName(codeCol),
                                $"unknown bottom row '{description}' ({code}); expected total intermediate consumption, taxes less subsidies on products, cif/fob adjustments, direct purchases abroad, purchases by non-residents, value added, international transport margins, output");
                    }
                }
            }
            row = reader.Read() ? Cells(reader) : null;
            excelRow++;
        }
        if (nodeRow < n) throw new DataFormatException(file, excelRow, null, $"the intermediate block ends after {nodeRow} of {n} rows");

        var x = output ?? rowTotal;
        for (var i = 0; i < n; i++)
            if (x[i] < 0)
                throw new DataFormatException(file, null, nodeColumns[i].Label, $"negative gross output {x[i].ToString(CultureInfo.InvariantCulture)} for {nodeColumns[i].Label}");
        var countries = nodeColumns.Select(l => l.Country).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var format = $"{FormatId} {edition.Id} ({countries} countries × {n / Math.Max(1, countries)} industries; final demand "
            + $"{string.Join(",", fdColumns.Select(c => c.Category).Distinct(StringComparer.Ordinal))}; x = {(output is null ? "total column" : "output row")})";
        return new MrioTable(datasetId, year ?? titleYear, new TableSource(Path.GetFullPath(file), sha, format),
            nodeColumns.ToArray(), z, fdColumns.ToArray(), f, x, va, tls, others);
    }

    /// <summary>Every country block must hold c1…c35 in order.</summary>
    private static void CheckBlocks(string file, long line, List<NodeLabel> nodes, IndustryEdition edition)
    {
        var expected = edition.Codes.ToArray();
        var position = 0;
        foreach (var block in nodes.GroupBy(l => l.Country, StringComparer.OrdinalIgnoreCase))
        {
            var codes = block.Select(l => l.Industry).ToArray();
            if (!codes.SequenceEqual(expected, StringComparer.Ordinal))
                throw new DataFormatException(file, line, ColumnName(position + 4),
                    $"country {block.Key} has {codes.Length} industry columns ({string.Join(",", codes.Take(3))} … {codes[^1]}); a WIOD 2013 table has c1…c35 in order for every country");
            position += codes.Length;
        }
    }

    private static string? BottomRow(string code, string description)
    {
        var d = description.ToLowerInvariant();
        if (d.Contains("intermediate consumption", StringComparison.Ordinal)) return "II";
        if (d.Contains("taxes less subsidies", StringComparison.Ordinal)) return "TXSP";
        if (d.Contains("cif", StringComparison.Ordinal) && d.Contains("fob", StringComparison.Ordinal)) return "EXP_adj";
        if (d.Contains("purchases abroad", StringComparison.Ordinal)) return "PURR";
        if (d.Contains("non-residents", StringComparison.Ordinal) || d.Contains("domestic territory", StringComparison.Ordinal)) return "PURNR";
        if (d.Contains("value added", StringComparison.Ordinal)) return "VA";
        if (d.Contains("transport margins", StringComparison.Ordinal)) return "IntTTM";
        if (d.Contains("output", StringComparison.Ordinal)) return "GO";
        return code.ToLowerInvariant() switch
        {
            "r60" => "II", "r61" => "TXSP", "r62" => "EXP_adj", "r63" => "PURR", "r64" => "PURNR", "r65" => "VA", "r66" => "IntTTM", "r69" => "GO",
            _ => null,
        };
    }

    private static object?[] Cells(IExcelDataReader reader)
    {
        var cells = new object?[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetValue(i);
        return cells;
    }

    private static object? At(object?[] row, int c) => c >= 0 && c < row.Length ? row[c] : null;

    private static string Text(object? v) => v switch
    {
        null => "",
        string s => s.Trim(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString()?.Trim() ?? "",
    };

    private static bool IsSector(string text, int number) =>
        s_sectorCode.Match(text) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == number;

    private static int? TitleYear(string title)
    {
        var m = Regex.Match(title, @"(19|20)\d\d\s*$", RegexOptions.CultureInvariant);
        return m.Success ? int.Parse(m.Value.Trim(), CultureInfo.InvariantCulture) : null;
    }

    private static double Number(string file, long excelRow, int column, object? cell, string rowLabel)
    {
        switch (cell)
        {
            case null: return 0;
            case double d when double.IsFinite(d): return d;
            case double d: throw new DataFormatException(file, excelRow, ColumnName(column), $"non-finite value {d} in row {rowLabel}");
            case string s when s.Trim().Length == 0: return 0;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v): return v;
            case IConvertible c when cell is not string and not bool and not DateTime: return c.ToDouble(CultureInfo.InvariantCulture);
            default:
                var text = Text(cell);
                throw new DataFormatException(file, excelRow, ColumnName(column), $"non-numeric cell '{(text.Length > 40 ? text[..40] + "…" : text)}' in row {rowLabel}");
        }
    }

    /// <summary>Excel column letters of a 0-based index (0 → A, 26 → AA).</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}
