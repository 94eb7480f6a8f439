using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SupplyChainNotebooks.Cli.Output;

/// <summary>A result column: JSON field name, header text, and how numbers are shown in the text table.</summary>
/// <param name="Field">JSON field / CSV header (a contract: keep stable).</param>
/// <param name="NumberFormat">.NET format for the text table (e.g. "F4").</param>
public sealed record ResultColumn(string Field, string NumberFormat = "G6");

/// <summary>
/// Writes rows of values (string, int, double, double? — null means undefined, shown "n/a") as a text table, CSV or
/// JSON lines. Numbers are written in invariant culture; JSON numbers are numbers, undefined is null.
/// </summary>
public sealed class ResultWriter(TextWriter output, OutputFormat format, IReadOnlyList<ResultColumn> columns)
{
    private readonly List<object?[]> _buffer = [];
    private bool _headerWritten;

    /// <summary>Adds a row (written at once for CSV/JSON, buffered for the aligned table).</summary>
    public void Row(params object?[] values)
    {
        if (values.Length != columns.Count) throw new ArgumentException($"expected {columns.Count} values, got {values.Length}");
        switch (format)
        {
            case OutputFormat.Table:
                _buffer.Add(values);
                break;
            case OutputFormat.Csv:
                if (!_headerWritten)
                {
                    output.WriteLine(string.Join(",", columns.Select(c => Csv(c.Field))));
                    _headerWritten = true;
                }
                output.WriteLine(string.Join(",", values.Select(v => Csv(Raw(v)))));
                break;
            default:
                output.WriteLine(Json(values));
                break;
        }
    }

    /// <summary>Flushes the aligned table.</summary>
    public void Complete()
    {
        if (format != OutputFormat.Table) { output.Flush(); return; }
        var cells = _buffer.Select(r => r.Select((v, i) => Text(v, columns[i])).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Field.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.Field.PadRight(widths[i]))).TrimEnd());
        foreach (var r in cells)
            output.WriteLine(string.Join("  ", r.Select((s, i) => IsNumeric(_buffer[cells.IndexOf(r)][i]) ? s.PadLeft(widths[i]) : s.PadRight(widths[i]))).TrimEnd());
        output.Flush();
    }

    private static bool IsNumeric(object? v) => v is double or int or long or float;

    private static string Text(object? v, ResultColumn c) => v switch
    {
        null => "n/a",
        double d when !double.IsFinite(d) => "n/a",
        double d => d.ToString(c.NumberFormat, CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => v.ToString() ?? "",
    };

    private static string Raw(object? v) => v switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => v.ToString() ?? "",
    };

    private static string Csv(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private string Json(object?[] values)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            for (var i = 0; i < values.Length; i++)
            {
                var name = columns[i].Field;
                switch (values[i])
                {
                    case null: w.WriteNull(name); break;
                    case double d when !double.IsFinite(d): w.WriteNull(name); break;
                    case double d: w.WriteNumber(name, d); break;
                    case int n: w.WriteNumber(name, n); break;
                    case long n: w.WriteNumber(name, n); break;
                    case bool b: w.WriteBoolean(name, b); break;
                    default: w.WriteString(name, values[i]!.ToString()); break;
                }
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
