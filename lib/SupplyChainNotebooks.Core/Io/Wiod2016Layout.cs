using System.Globalization;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// The fixed vocabulary of the WIOD 2016 release (Nov16; Timmer et al. 2015, DataverseNL doi:10.34894/PJ2M1C): final
/// demand RNr 57–61 <c>CONS_h, CONS_np, CONS_g, GFCF, INVEN</c>; bottom rows RNr 65–73 <c>II_fob</c> (total intermediate),
/// <c>TXSP</c>, <c>EXP_adj</c>, <c>PURR</c>, <c>PURNR</c>, <c>VA</c>, <c>IntTTM</c>, <c>GO</c> (codes as listed in the
/// R package <c>wiod</c>'s <c>WIOD_IndClass</c>, see <c>data/concordance/lists/wiod2016_codes.csv</c>), and the common
/// step that turns the parsed blocks into an <see cref="MrioTable"/>: <c>TXSP</c> → taxes less subsidies, <c>VA</c> →
/// value added, <c>EXP_adj, PURR, PURNR, IntTTM</c> → other primary inputs, <c>II_fob</c> and <c>GO</c> checked against
/// the column sums and the output column.
/// </summary>
public static class Wiod2016Layout
{
    /// <summary>Final-demand categories by RNr.</summary>
    public static IReadOnlyDictionary<int, string> FinalDemandCategories { get; } = new Dictionary<int, string>
    {
        [57] = "CONS_h", [58] = "CONS_np", [59] = "CONS_g", [60] = "GFCF", [61] = "INVEN",
    };

    /// <summary>Bottom-row codes in published order (RNr 65–71, 73).</summary>
    public static IReadOnlyList<string> BottomRowCodes { get; } = ["II_fob", "TXSP", "EXP_adj", "PURR", "PURNR", "VA", "IntTTM", "GO"];

    /// <summary>Bottom rows kept as other primary inputs.</summary>
    public static IReadOnlyList<string> OtherPrimaryRows { get; } = ["EXP_adj", "PURR", "PURNR", "IntTTM"];

    /// <summary>True for a final-demand category code.</summary>
    public static bool IsFinalDemand(string code) => FinalDemandCategories.Values.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a bottom-row code.</summary>
    public static bool IsBottomRow(string code) => BottomRowCodes.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Canonical spelling of a bottom-row code.</summary>
    public static string Canonical(string code) => BottomRowCodes.First(c => c.Equals(code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parsed blocks of one table, in the row (= column) order of the nodes.</summary>
    internal sealed class Blocks
    {
        public required NodeLabel[] Nodes { get; init; }
        public required FinalDemandColumn[] FinalDemand { get; init; }
        public required double[] Z { get; init; }
        public required double[] F { get; init; }
        public required double[] X { get; init; }
        public required Dictionary<string, (double[] Values, long Line)> Bottom { get; init; }
    }

    /// <summary>Builds and checks the table.</summary>
    internal static MrioTable Build(string path, string datasetId, int? year, string? sha256, string format, Blocks b)
    {
        var missing = BottomRowCodes.Where(c => !b.Bottom.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
            throw new DataFormatException(path, null, null, $"missing bottom row(s) {string.Join(", ", missing)}; a WIOD 2016 table ends with {string.Join(", ", BottomRowCodes)}");
        var n = b.Nodes.Length;
        for (var i = 0; i < n; i++)
            if (b.X[i] < 0) throw new DataFormatException(path, null, "GO", $"negative gross output {b.X[i].ToString(CultureInfo.InvariantCulture)} for {b.Nodes[i].Label}");
        var table = new MrioTable(datasetId, year, new TableSource(Path.GetFullPath(path), sha256, format), b.Nodes, b.Z, b.FinalDemand, b.F, b.X,
            b.Bottom["VA"].Values, b.Bottom["TXSP"].Values, OtherPrimaryRows.ToDictionary(c => c, c => b.Bottom[c].Values));
        var colSums = table.ColumnSumsOfZ();
        var (ii, iiLine) = b.Bottom["II_fob"];
        var (go, goLine) = b.Bottom["GO"];
        for (var k = 0; k < n; k++)
        {
            if (Math.Abs(ii[k] - colSums[k]) > Math.Max(1.0, 1e-6 * Math.Abs(colSums[k])))
                throw new DataFormatException(path, iiLine, b.Nodes[k].Label,
                    $"II_fob ({ii[k].ToString(CultureInfo.InvariantCulture)}) is not the column sum of the industry rows ({colSums[k].ToString(CultureInfo.InvariantCulture)}) for {b.Nodes[k].Label}");
            if (Math.Abs(go[k] - b.X[k]) > Math.Max(1.0, 1e-6 * Math.Abs(b.X[k])))
                throw new DataFormatException(path, goLine, b.Nodes[k].Label,
                    $"GO row ({go[k].ToString(CultureInfo.InvariantCulture)}) and GO column ({b.X[k].ToString(CultureInfo.InvariantCulture)}) disagree for {b.Nodes[k].Label}");
        }
        return table;
    }
}
