using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace SupplyChainNotebooks.Charts;

/// <summary>A column of a <see cref="ResultTable"/>: header and the .NET format of its numbers.</summary>
/// <param name="Header">Header (property name or frame column key).</param>
/// <param name="NumberFormat">Format of numbers in the HTML (CSV keeps full precision).</param>
public sealed record TableColumn(string Header, string NumberFormat = "G6");

/// <summary>
/// A result table for notebooks and reports: HTML with every string escaped, undefined values (null, NaN) shown
/// "n/a", numbers right-aligned; a "Download CSV" link (a data: URI, so it works offline and in the static report)
/// carries the full-precision values.
/// </summary>
public sealed class ResultTable : IHtmlFragment
{
    /// <summary>Rows shown in HTML before the rest is left to the CSV.</summary>
    public const int MaxHtmlRows = 200;

    /// <summary>Strings longer than this wrap within a bounded column width in the HTML.</summary>
    public const int LongText = 60;

    /// <summary>Creates a table.</summary>
    public ResultTable(string title, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        Title = title;
        Columns = columns;
        Rows = rows;
        foreach (var r in rows)
            if (r.Count != columns.Count) throw new ArgumentException($"a row has {r.Count} values for {columns.Count} columns");
    }

    /// <summary>Caption.</summary>
    public string Title { get; }

    /// <summary>Columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Rows of values (string, numbers, bool, enum, null).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>A table of records: one column per public property (in declaration order), one row per record.</summary>
    public static ResultTable Of<T>(IEnumerable<T> records, string? title = null) => Of(records, title, null);

    /// <summary>
    /// A table of records with the HTML number format of some columns set by property name (e.g. <c>["ChinaShare"] = "F3"</c>);
    /// the CSV keeps full precision.
    /// </summary>
    public static ResultTable Of<T>(IEnumerable<T> records, string? title, IReadOnlyDictionary<string, string>? formats)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsScalar(p.PropertyType))
            .OrderBy(p => p.MetadataToken)
            .ToArray();
        if (formats is not null)
            foreach (var name in formats.Keys)
                if (!properties.Any(p => p.Name == name))
                    throw new ArgumentException($"{typeof(T).Name} has no column '{name}' (columns: {string.Join(", ", properties.Select(p => p.Name))})", nameof(formats));
        var columns = properties.Select(p => new TableColumn(p.Name, formats?.GetValueOrDefault(p.Name) ?? FormatFor(p.Name))).ToArray();
        var rows = records.Select(r => (IReadOnlyList<object?>)properties.Select(p => p.GetValue(r)).ToArray()).ToArray();
        return new ResultTable(title ?? typeof(T).Name, columns, rows);
    }

    /// <summary>A one-row table of one record.</summary>
    public static ResultTable OfRecord<T>(T record, string? title = null) => Of([record], title);

    /// <summary>The table as RFC 4180 CSV (invariant culture, full precision, undefined = empty).</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", Columns.Select(c => Csv(c.Header))));
        foreach (var row in Rows) sb.AppendLine(string.Join(",", row.Select(v => Csv(Raw(v)))));
        return sb.ToString();
    }

    /// <summary>File name of the CSV download.</summary>
    public string CsvFileName
    {
        get
        {
            var slug = new string(Title.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
            while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
            return (slug.Length == 0 ? "table" : slug[..Math.Min(slug.Length, 60)]) + ".csv";
        }
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        var sb = new StringBuilder();
        var csv = Convert.ToBase64String(Encoding.UTF8.GetBytes(ToCsv()));
        sb.Append("<div class=\"scn-table\" data-rows=\"").Append(Rows.Count.ToString(CultureInfo.InvariantCulture)).Append("\">");
        sb.Append("<table style=\"border-collapse:collapse;font-size:12px\"><caption style=\"text-align:left;font-weight:bold;padding:4px 0\">")
          .Append(Encode(Title)).Append("</caption><thead><tr>");
        foreach (var c in Columns) sb.Append("<th style=\"border-bottom:1px solid #888;padding:2px 8px;text-align:left\">").Append(Encode(c.Header)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in Rows.Take(MaxHtmlRows))
        {
            sb.Append("<tr>");
            for (var i = 0; i < Columns.Count; i++)
            {
                var v = row[i];
                var numeric = v is double or float or int or long or decimal;
                // Long texts (reasons, criteria) wrap in a column of reading width instead of widening the table off the page.
                var wrap = v is string { Length: > LongText } ? ";min-width:16em;max-width:36em" : "";
                sb.Append("<td style=\"padding:2px 8px;border-bottom:1px solid #eee;text-align:").Append(numeric ? "right" : "left").Append(wrap).Append("\">")
                  .Append(Encode(Display(v, Columns[i].NumberFormat))).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        if (Rows.Count > MaxHtmlRows)
            sb.Append("<div style=\"font-size:11px;color:#555\">").Append(Encode($"first {MaxHtmlRows} of {Rows.Count} rows shown; the CSV has all")).Append("</div>");
        sb.Append("<a class=\"scn-csv\" download=\"").Append(Encode(CsvFileName)).Append("\" href=\"data:text/csv;charset=utf-8;base64,")
          .Append(csv).Append("\" style=\"font-size:11px\">Download CSV (").Append(Rows.Count.ToString(CultureInfo.InvariantCulture)).Append(" rows)</a></div>");
        return sb.ToString();
    }

    /// <summary>The value as shown: "n/a" for null and non-finite numbers.</summary>
    public static string Display(object? v, string numberFormat = "G6") => v switch
    {
        null => "n/a",
        double d when !double.IsFinite(d) => "n/a",
        double d => d.ToString(numberFormat, CultureInfo.InvariantCulture),
        float f when !float.IsFinite(f) => "n/a",
        float f => f.ToString(numberFormat, CultureInfo.InvariantCulture),
        decimal m => m.ToString(numberFormat, CultureInfo.InvariantCulture),
        int or long => ((IFormattable)v).ToString(null, CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    private static string Raw(object? v) => v switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    private static string Encode(string s) => WebUtility.HtmlEncode(s);

    private static string Csv(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static bool IsScalar(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime);
    }

    private static string FormatFor(string property) => property switch
    {
        _ when property.EndsWith("Musd", StringComparison.Ordinal) => "N1",
        "Apl" => "F4",
        _ => "G6",
    };

    /// <inheritdoc />
    public override string ToString() => $"table '{Title}' ({Rows.Count} rows × {Columns.Count} columns)";
}
