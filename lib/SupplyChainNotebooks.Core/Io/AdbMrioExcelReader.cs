using System.Globalization;
using System.Text.RegularExpressions;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Reads an ADB MRIO workbook (Asian Development Bank Multiregional Input–Output table, one year per .xlsx, sheet
/// <c>ADB MRIO YYYY</c> next to a <c>Legend</c> sheet) as published.
/// <para>Layout relied on (public descriptions, no code copied): the data block starts at Excel row 8, column E
/// (<c>ksreyes/mrio</c> R/check.R reads <c>cell_limits(c(8, 5))</c> and takes G = (columns − 1)/(35 + 5)); rows 6–7 hold
/// the column headers — economy code and sector code (<c>c1</c>…<c>c35</c>, final demand <c>F1</c>…<c>F5</c>)
/// (<c>ksreyes/mrio-processing</c> 01-preprocess-mrios.py reads <c>skiprows=5, header=[0,1]</c>); columns B–D of the data rows
/// hold sector name, economy code and sector code (<c>BallavBabu/adb-mrio-current-panel</c> reads sector names from B8:B42).
/// Rows: G × 35 industries, then 8 rows in this order — total intermediate consumption (r60), taxes less subsidies on
/// products (r99), cif/fob adjustments on exports (r61), direct purchases abroad by residents (r62), purchases on the
/// domestic territory by non-residents (r63), value added at basic prices (r64), international transport margins (trs),
/// total output (r69); the six rows between the first and the last are the primary inputs (check.R sums rows G·N+2 …
/// G·N+7 as value added). Columns: G × 35 industries, G × 5 final demand (households, NPISH, government, GFCF, changes in
/// inventories), total output.</para>
/// <para>Mapping: r99 → <see cref="MrioTable.TaxesLessSubsidies"/>, r64 → <see cref="MrioTable.ValueAdded"/>; the cif/fob,
/// residents' and non-residents' purchases and transport-margin rows are kept as other primary inputs under the WIOD
/// 2016 names of the same concepts (<c>EXP_adj</c>, <c>PURR</c>, <c>PURNR</c>, <c>IntTTM</c>). Their final-demand
/// cells (direct purchases) are not kept. Blank cells count as 0 (the workbooks leave some zeros blank). Economy codes
/// are kept as published (e.g. <c>PRC</c>, <c>TAP</c>, <c>RoW</c>). The total-intermediate row and the total-output row
/// are checked against the column sums and the output column, which also proves the row order.</para>
/// </summary>
public static partial class AdbMrioExcelReader
{
    /// <summary>Sectors per economy.</summary>
    public const int SectorsPerEconomy = 35;

    /// <summary>Bottom rows in published order, with the code each is stored under (null = checked, not stored).</summary>
    public static IReadOnlyList<(string AdbCode, string Meaning, string? StoredAs)> BottomRows { get; } =
    [
        ("r60", "total intermediate consumption", null),
        ("r99", "taxes less subsidies on products", "TLS"),
        ("r61", "cif/fob adjustments on exports", "EXP_adj"),
        ("r62", "direct purchases abroad by residents", "PURR"),
        ("r63", "purchases on the domestic territory by non-residents", "PURNR"),
        ("r64", "value added at basic prices", "VA"),
        ("trs", "international transport margins", "IntTTM"),
        ("r69", "total output", null),
    ];

    [GeneratedRegex(@"^c(\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SectorCode();

    [GeneratedRegex(@"(19|20)\d{2}")]
    private static partial Regex YearPattern();

    /// <summary>Reads a workbook.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="datasetId">Dataset id recorded in the table (e.g. <c>adbmrio</c>).</param>
    /// <param name="year">Expected year; the sheet name must not name another year.</param>
    /// <exception cref="DataFormatException">The workbook does not have the published layout; the message names file,
    /// sheet, row and column.</exception>
    public static MrioTable Read(string path, string datasetId = "adbmrio", int? year = null)
    {
        using var rows = ExcelSheetRows.Open(path, names =>
        {
            var i = names.ToList().FindIndex(n => n.StartsWith("ADB MRIO", StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : names.ToList().FindIndex(n => !n.Equals("Legend", StringComparison.OrdinalIgnoreCase));
        });
        if (year is { } y && YearPattern().Match(rows.Sheet) is { Success: true } m && m.Value != y.ToString(CultureInfo.InvariantCulture))
            throw new DataFormatException(path, null, $"sheet {rows.Sheet}", $"the workbook holds {m.Value}, not {y}");
        var sha = DataProvenance.Record(datasetId, path);

        // Header: the sector-code row has c1 in column E; the economy codes are in the row above.
        var cells = Array.Empty<object?>();
        object?[]? regionRow = null;
        object?[]? codeRow = null;
        var previous = Array.Empty<object?>();
        while (rows.Row < 12 && rows.Next(ref cells))
        {
            if (ExcelSheetRows.Text(cells, 4).Equals("c1", StringComparison.OrdinalIgnoreCase))
            {
                codeRow = (object?[])cells.Clone();
                regionRow = previous;
                break;
            }
            previous = (object?[])cells.Clone();
        }
        if (codeRow is null || regionRow is null)
            throw rows.Error(4, "no header row with sector code 'c1' in column E within the first 12 rows (the ADB MRIO data block starts at E8 under two header rows: economy code, sector code)");
        var headerRow = rows.Row;

        var sectorColumns = 0;
        while (SectorCode().Match(ExcelSheetRows.Text(codeRow, 4 + sectorColumns)) is { Success: true } sc)
        {
            var expected = sectorColumns % SectorsPerEconomy + 1;
            if (int.Parse(sc.Groups[1].Value, CultureInfo.InvariantCulture) != expected)
                throw rows.Error(4 + sectorColumns, $"sector code '{sc.Value}' where c{expected} was expected (35 sectors c1–c35 per economy)");
            sectorColumns++;
        }
        if (sectorColumns == 0 || sectorColumns % SectorsPerEconomy != 0)
            throw rows.Error(4 + sectorColumns, $"{sectorColumns} sector columns is not a multiple of {SectorsPerEconomy}");
        var economies = sectorColumns / SectorsPerEconomy;
        var columnEconomies = ForwardFilled(regionRow, 4, sectorColumns);

        // Final demand: the columns after the sectors whose economy header is one of the G economies; then total output.
        var economyCodes = Enumerable.Range(0, economies).Select(g => columnEconomies[g * SectorsPerEconomy]).ToArray();
        var fdStart = 4 + sectorColumns;
        var fdEconomies = ForwardFilled(regionRow, fdStart, 5 * economies);
        var fdPerEconomy = 5;
        var fdColumns = new FinalDemandColumn[economies * fdPerEconomy];
        for (var c = 0; c < fdColumns.Length; c++)
        {
            var g = c / fdPerEconomy;
            var economy = fdEconomies[c].Length > 0 ? fdEconomies[c] : economyCodes[g];
            if (economyCodes[g].Length > 0 && !economy.Equals(economyCodes[g], StringComparison.OrdinalIgnoreCase))
                throw rows.Error(fdStart + c, $"final-demand column for '{economy}' where '{economyCodes[g]}' was expected (5 final-demand columns per economy, in the order of the sector blocks)");
            var code = ExcelSheetRows.Text(codeRow, fdStart + c);
            fdColumns[c] = new FinalDemandColumn(economyCodes[g].Length > 0 ? economyCodes[g] : economy, code.Length > 0 ? code : $"F{c % fdPerEconomy + 1}");
        }
        var totalColumn = fdStart + fdColumns.Length;

        // Industry rows.
        var n = sectorColumns;
        var nodes = new NodeLabel[n];
        var z = new double[n * n];
        var f = new double[n * fdColumns.Length];
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!rows.Next(ref cells)) throw rows.Error(null, $"the sheet ends after {i} of {n} industry rows");
            var economy = ExcelSheetRows.Text(cells, 2);
            var sector = ExcelSheetRows.Text(cells, 3);
            var expectedSector = $"c{i % SectorsPerEconomy + 1}";
            if (!sector.Equals(expectedSector, StringComparison.OrdinalIgnoreCase))
                throw rows.Error(3, $"row code '{sector}' where {expectedSector} was expected (industry row {i + 1} of {n})");
            if (economy.Length == 0) throw rows.Error(2, "empty economy code");
            var blockEconomy = economyCodes[i / SectorsPerEconomy];
            if (blockEconomy.Length > 0 && !economy.Equals(blockEconomy, StringComparison.OrdinalIgnoreCase))
                throw rows.Error(2, $"row economy '{economy}' does not match column block '{blockEconomy}': rows and columns must list the economies in the same order");
            nodes[i] = new NodeLabel(economy, sector.ToLowerInvariant());
            var label = nodes[i].Label;
            for (var k = 0; k < n; k++) z[i * n + k] = rows.Number(cells, 4 + k, label);
            for (var c = 0; c < fdColumns.Length; c++) f[i * fdColumns.Length + c] = rows.Number(cells, fdStart + c, label);
            x[i] = rows.Number(cells, totalColumn, label);
            if (x[i] < 0) throw rows.Error(totalColumn, $"negative total output {x[i].ToString(CultureInfo.InvariantCulture)} for {label}");
        }
        // Final-demand columns take the economy codes of the rows when the header row leaves them blank (merged cells).
        for (var c = 0; c < fdColumns.Length; c++)
            if (fdColumns[c].Country.Length == 0) fdColumns[c] = fdColumns[c] with { Country = nodes[c / fdPerEconomy * SectorsPerEconomy].Country };

        // Bottom rows, in published order.
        var bottom = new double[BottomRows.Count][];
        var bottomRowNumbers = new int[BottomRows.Count];
        for (var r = 0; r < BottomRows.Count; r++)
        {
            if (!rows.Next(ref cells)) throw rows.Error(null, $"the sheet ends before the bottom row '{BottomRows[r].Meaning}' ({BottomRows[r].AdbCode})");
            var code = ExcelSheetRows.Text(cells, 3);
            if (SectorCode().IsMatch(code))
                throw rows.Error(3, $"industry row '{code}' after {n} industry rows: the header has {economies} economies but the rows list more");
            var known = BottomRows.Select(b => b.AdbCode).ToList().FindIndex(b => b.Equals(code, StringComparison.OrdinalIgnoreCase));
            if (known >= 0 && known != r)
                throw rows.Error(3, $"bottom row '{code}' ({BottomRows[known].Meaning}) where '{BottomRows[r].AdbCode}' ({BottomRows[r].Meaning}) was expected");
            bottom[r] = new double[n];
            for (var k = 0; k < n; k++) bottom[r][k] = rows.Number(cells, 4 + k, BottomRows[r].AdbCode);
            bottomRowNumbers[r] = rows.Row;
        }

        var table = new MrioTable(datasetId, year, new TableSource(System.IO.Path.GetFullPath(path), sha,
                $"adb-xlsx (sheet '{rows.Sheet}', header row {headerRow}; {economies} economies × {SectorsPerEconomy} sectors; final demand {string.Join(",", fdColumns.Take(fdPerEconomy).Select(c => c.Category))})"),
            nodes, z, fdColumns, f, x, valueAdded: bottom[5], taxesLessSubsidies: bottom[1],
            otherPrimaryInputs: new Dictionary<string, double[]> { ["EXP_adj"] = bottom[2], ["PURR"] = bottom[3], ["PURNR"] = bottom[4], ["IntTTM"] = bottom[6] });
        CheckTotals(path, rows.Sheet, table, bottom[0], bottomRowNumbers[0], bottom[7], bottomRowNumbers[7], totalColumn);
        return table;
    }

    private static void CheckTotals(string path, string sheet, MrioTable table, double[] intermediate, int intermediateRow, double[] output, int outputRow, int totalColumn)
    {
        var colSums = table.ColumnSumsOfZ();
        for (var k = 0; k < table.NodeCount; k++)
        {
            var tol = Math.Max(1.0, 1e-6 * Math.Abs(colSums[k]));
            if (Math.Abs(intermediate[k] - colSums[k]) > tol)
                throw new DataFormatException(path, intermediateRow, $"{sheet}!{ExcelSheetRows.ColumnName(4 + k)}",
                    $"the total-intermediate row ({intermediate[k].ToString(CultureInfo.InvariantCulture)}) does not equal the column sum of the industry rows ({colSums[k].ToString(CultureInfo.InvariantCulture)}) for {table.Nodes[k].Label}: the bottom rows are not in the published order");
            var x = table.GrossOutput[k];
            if (Math.Abs(output[k] - x) > Math.Max(1.0, 1e-6 * Math.Abs(x)))
                throw new DataFormatException(path, outputRow, $"{sheet}!{ExcelSheetRows.ColumnName(4 + k)}",
                    $"total-output row ({output[k].ToString(CultureInfo.InvariantCulture)}) and total-output column {ExcelSheetRows.ColumnName(totalColumn)} ({x.ToString(CultureInfo.InvariantCulture)}) disagree for {table.Nodes[k].Label}");
        }
    }

    /// <summary>Header cells from <paramref name="start"/>, blanks filled from the left (merged header cells).</summary>
    private static string[] ForwardFilled(object?[] row, int start, int count)
    {
        var result = new string[count];
        var last = "";
        for (var i = 0; i < count; i++)
        {
            var t = ExcelSheetRows.Text(row, start + i);
            if (t.Length > 0) last = t;
            result[i] = last;
        }
        return result;
    }
}
