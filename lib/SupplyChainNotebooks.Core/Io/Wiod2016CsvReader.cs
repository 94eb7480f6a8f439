using System.Globalization;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Reads a WIOD 2016 world input–output table in the long-row layout of the release's R and Stata files
/// (<c>WIOT2014_October16_ROW.RData</c> data frame <c>wiot</c>, <c>.dta</c> alike) written to CSV (plain or gzip), e.g.
/// <c>load("WIOT2014_October16_ROW.RData"); write.csv(wiot, "WIOT2014_October16_ROW.csv", row.names = FALSE)</c>.
/// <para>Layout relied on (public descriptions, no code copied): columns <c>IndustryCode, IndustryDescription, Country,
/// RNr, Year</c>, then one column per country × RNr named <c>AUS1</c> … <c>AUS56</c> (industries), <c>AUS57</c> …
/// <c>AUS61</c> (final demand CONS_h, CONS_np, CONS_g, GFCF, INVEN), … <c>ROW61</c>, and <c>TOT</c> (gross output); the
/// Stata files prefix the country columns with <c>v</c> (<c>vUSA1</c>). Rows: 2,464 country-industry rows (Country,
/// IndustryCode, RNr 1–56), then rows with Country <c>TOT</c>: <c>II_fob, TXSP, EXP_adj, PURR, PURNR, VA, IntTTM, GO</c>
/// (RNr 65–73). Users' scripts index it as <c>wiot[1:2464, 6:(2464+5)]</c> for Z, <c>which(colnames(wiot)=="AUS57")</c>
/// for the start of final demand and <c>which(wiot[,1]=="II_fob")</c> for the end of the industry rows.</para>
/// </summary>
public static partial class Wiod2016CsvReader
{
    private static readonly string[] s_leading = ["IndustryCode", "IndustryDescription", "Country", "RNr", "Year"];

    [GeneratedRegex(@"^v?([A-Za-z]{3})(\d{1,2})$")]
    private static partial Regex CountryColumn();

    /// <summary>Reads a file.</summary>
    /// <exception cref="DataFormatException">Not the published layout; the message names file, line and column.</exception>
    public static MrioTable Read(string path, string datasetId = "wiod2016", int? year = null)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var sha = DataProvenance.Record(datasetId, path);
        using var stream = CompressedFile.OpenRead(path);
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new DataFormatException(path, 1, null, $"cannot read the header: {(e.Message.Length <= 300 ? e.Message : e.Message[..300] + "…")}", e);
        }
        using (reader)
        {
            var header = reader.Header.ColNames.Select(h => h.Trim()).ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
                throw new DataFormatException(path, 1, null, "empty file: no header line");
            for (var c = 0; c < s_leading.Length; c++)
                if (c >= header.Length || !header[c].Equals(s_leading[c], StringComparison.OrdinalIgnoreCase))
                    throw new DataFormatException(path, 1, c < header.Length ? header[c] : $"column {c + 1}",
                        $"expected the WIOD 2016 columns {string.Join(", ", s_leading)} first, then AUS1 … ROW61 and TOT");

            // Value columns: country + RNr.
            var columns = new List<(int Index, string Country, int RNr)>();
            var outputIndex = -1;
            for (var c = s_leading.Length; c < header.Length; c++)
            {
                if (header[c].Equals("TOT", StringComparison.OrdinalIgnoreCase)) { outputIndex = c; continue; }
                var m = CountryColumn().Match(header[c]);
                if (!m.Success) throw new DataFormatException(path, 1, header[c], "value column is not COUNTRY+RNr (e.g. AUS1, ROW61) or TOT");
                columns.Add((c, m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
            if (outputIndex < 0) throw new DataFormatException(path, 1, null, "missing TOT column (gross output)");

            var industryRows = new List<(string Country, string Code, int RNr, double[] Values, long Line)>();
            var bottom = new Dictionary<string, (double[] Values, long Line)>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                if (row.ColCount != header.Length)
                {
                    if (row.ColCount == 1 && row[0].Span.Trim().Length == 0) continue;
                    throw new DataFormatException(path, line, null, $"ragged row: {row.ColCount} cells, the header has {header.Length}");
                }
                var code = row[0].ToString().Trim();
                var country = row[2].ToString().Trim();
                var rnrText = row[3].ToString().Trim();
                if (!int.TryParse(rnrText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rnr))
                    throw new DataFormatException(path, line, "RNr", $"row number '{rnrText}' is not an integer");
                var yearText = row[4].ToString().Trim();
                if (year is { } y && yearText.Length > 0 && yearText != y.ToString(CultureInfo.InvariantCulture))
                    throw new DataFormatException(path, line, "Year", $"the file holds year {yearText}, not {y}");
                var parsed = new double[header.Length];
                for (var c = s_leading.Length; c < header.Length; c++)
                {
                    var cell = row[c].Span.Trim();
                    if (cell.Length == 0 || cell.SequenceEqual("NA")) continue;
                    if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                        throw new DataFormatException(path, line, header[c], $"non-numeric cell '{cell.ToString()}' in row {country}_{code}");
                    parsed[c] = v;
                }
                if (country.Equals("TOT", StringComparison.OrdinalIgnoreCase) || Wiod2016Layout.IsBottomRow(code))
                {
                    if (!Wiod2016Layout.IsBottomRow(code)) throw new DataFormatException(path, line, "IndustryCode", $"unknown bottom row '{code}'; expected {string.Join(", ", Wiod2016Layout.BottomRowCodes)}");
                    if (!bottom.TryAdd(Wiod2016Layout.Canonical(code), (parsed, line))) throw new DataFormatException(path, line, "IndustryCode", $"bottom row {code} appears twice");
                    continue;
                }
                if (bottom.Count > 0) throw new DataFormatException(path, line, "IndustryCode", $"industry row '{country}_{code}' after the bottom rows");
                industryRows.Add((country, code, rnr, parsed, line));
            }
            if (industryRows.Count == 0) throw new DataFormatException(path, 2, null, "no industry rows");

            // Node order = row order; each node's column is COUNTRY+RNr.
            var n = industryRows.Count;
            var nodes = industryRows.Select(r => new NodeLabel(r.Country, r.Code)).ToArray();
            var columnOf = new Dictionary<(string, int), int>();
            foreach (var (index, country, rnr) in columns) columnOf[(country.ToUpperInvariant(), rnr)] = index;
            var nodeColumns = new int[n];
            for (var i = 0; i < n; i++)
            {
                var r = industryRows[i];
                if (!columnOf.TryGetValue((r.Country.ToUpperInvariant(), r.RNr), out nodeColumns[i]))
                    throw new DataFormatException(path, r.Line, null, $"no column {r.Country}{r.RNr} for the industry row {r.Country}_{r.Code}");
            }
            var industryColumns = columns.Count(c => !Wiod2016Layout.FinalDemandCategories.ContainsKey(c.RNr));
            if (industryColumns != n)
                throw new DataFormatException(path, 1, null, $"{industryColumns} industry columns but {n} industry rows");
            var fd = columns.Where(c => Wiod2016Layout.FinalDemandCategories.ContainsKey(c.RNr)).ToArray();
            var fdColumns = fd.Select(c => new FinalDemandColumn(c.Country, Wiod2016Layout.FinalDemandCategories[c.RNr])).ToArray();
            var m2 = fd.Length;
            var z = new double[n * n];
            var f = new double[n * m2];
            var x = new double[n];
            for (var i = 0; i < n; i++)
            {
                var v = industryRows[i].Values;
                for (var k = 0; k < n; k++) z[i * n + k] = v[nodeColumns[k]];
                for (var c = 0; c < m2; c++) f[i * m2 + c] = v[fd[c].Index];
                x[i] = v[outputIndex];
            }
            var bottomByNode = bottom.ToDictionary(kv => kv.Key, kv => (nodeColumns.Select(ci => kv.Value.Values[ci]).ToArray(), kv.Value.Line), StringComparer.OrdinalIgnoreCase);
            var countries = nodes.Select(nd => nd.Country).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            var format = $"wiod2016-csv ({countries} countries × {n / Math.Max(1, countries)} industries; final demand {string.Join(",", fdColumns.Select(c => c.Category).Distinct())})";
            return Wiod2016Layout.Build(path, datasetId, year, sha, format, new Wiod2016Layout.Blocks
            {
                Nodes = nodes, FinalDemand = fdColumns, Z = z, F = f, X = x, Bottom = bottomByNode,
            });
        }
    }
}
