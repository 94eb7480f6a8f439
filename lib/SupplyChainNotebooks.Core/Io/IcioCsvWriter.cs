using System.Globalization;
using System.Text;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Writes a table in the OECD ICIO CSV layout that <see cref="IcioCsvReader"/> reads: header <c>V1</c>, node columns,
/// final-demand columns, <c>OUT</c>; node rows, then <c>TLS</c> (when present), <c>VA</c> (when present) and <c>OUT</c>.
/// Numbers are written in invariant culture with the shortest round-trip form, so reading the file back gives the same
/// doubles. Used for exports and by <c>scn bench</c> to make ICIO-size files.
/// </summary>
public static class IcioCsvWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> (plain CSV, UTF-8 without BOM, LF line ends).</summary>
    public static void Write(MrioTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
        Write(table, writer);
    }

    /// <summary>Writes <paramref name="table"/> to a text writer.</summary>
    public static void Write(MrioTable table, TextWriter writer)
    {
        var n = table.NodeCount;
        var m = table.FinalDemandColumns.Length;
        writer.Write("V1");
        foreach (var node in table.Nodes) { writer.Write(','); writer.Write(node.Label); }
        foreach (var column in table.FinalDemandColumns) { writer.Write(','); writer.Write(column.Label); }
        writer.Write(",OUT\n");
        Span<char> buffer = stackalloc char[32];
        for (var i = 0; i < n; i++)
        {
            writer.Write(table.Nodes[i].Label);
            foreach (var v in table.IntermediateRow(i)) Cell(writer, v, buffer);
            foreach (var v in table.FinalDemandRow(i)) Cell(writer, v, buffer);
            Cell(writer, table.GrossOutput[i], buffer);
            writer.Write('\n');
        }
        if (table.TaxesLessSubsidies is { } tls) BottomRow(writer, "TLS", tls.AsSpan(), m, buffer);
        if (table.ValueAdded is { } va) BottomRow(writer, "VA", va.AsSpan(), m, buffer);
        BottomRow(writer, "OUT", table.GrossOutput.AsSpan(), m, buffer);
    }

    private static void BottomRow(TextWriter writer, string label, ReadOnlySpan<double> values, int finalDemandColumns, Span<char> buffer)
    {
        writer.Write(label);
        foreach (var v in values) Cell(writer, v, buffer);
        for (var c = 0; c <= finalDemandColumns; c++) writer.Write(",0");
        writer.Write('\n');
    }

    private static void Cell(TextWriter writer, double value, Span<char> buffer)
    {
        writer.Write(',');
        if (value == 0)
        {
            writer.Write('0');
            return;
        }
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }
}
