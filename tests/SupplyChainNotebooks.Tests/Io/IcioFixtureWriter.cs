using System.Globalization;
using System.Text;
using SupplyChainNotebooks.Model.Codes;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// Writes small tables in the official ICIO CSV layouts with an edition's full industry list (from our code lists), for
/// edition-recognition tests. Values are integers from a fixed formula; OUT is the row total, VA the column residual,
/// so every identity holds exactly.
/// </summary>
public static class IcioFixtureWriter
{
    /// <summary>Writes the file; <paramref name="layout2018"/> selects CCC_TAXSUB/VALU/OUTPUT rows, P33 and TOTAL.</summary>
    public static string Write(string path, IReadOnlyList<string> countries, IReadOnlyList<string> industries, bool layout2018 = false,
        IReadOnlyList<string>? finalDemandCountries = null)
    {
        var fdCountries = finalDemandCountries ?? countries;
        string[] cats = layout2018 ? ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "P33"] : ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"];
        var nodes = countries.SelectMany(c => industries.Select(i => $"{c}_{i}")).ToArray();
        var fd = fdCountries.SelectMany(c => cats.Select(k => $"{c}_{k}")).ToArray();
        var n = nodes.Length;
        var z = new long[n, n];
        var f = new long[n, fd.Length];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++) z[i, k] = (i * 7 + k * 3) % 11 == 0 ? 0 : 1 + (i * 13 + k * 5) % 9;
            for (var c = 0; c < fd.Length; c++) f[i, c] = c % cats.Length == 0 ? 40 + i % 17 : (i + c) % 5;
        }
        var x = new long[n];
        var colZ = new long[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++) { x[i] += z[i, k]; colZ[k] += z[i, k]; }
            for (var c = 0; c < fd.Length; c++) x[i] += f[i, c];
        }
        var tls = Enumerable.Range(0, n).Select(k => (long)(1 + k % 3)).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", new[] { layout2018 ? "" : "V1" }.Concat(nodes).Concat(fd).Append(layout2018 ? "TOTAL" : "OUT")));
        for (var i = 0; i < n; i++)
            sb.AppendLine(string.Join(",", new[] { nodes[i] }.Concat(Enumerable.Range(0, n).Select(k => S(z[i, k])))
                .Concat(Enumerable.Range(0, fd.Length).Select(c => S(f[i, c]))).Append(S(x[i]))));
        var tail = string.Concat(Enumerable.Repeat(",", fd.Length + 1));
        if (layout2018)
        {
            sb.AppendLine($"{countries[0]}_TAXSUB," + string.Join(",", tls.Select(S)) + tail);
            sb.AppendLine("VALU," + string.Join(",", Enumerable.Range(0, n).Select(k => S(x[k] - colZ[k] - tls[k]))) + tail);
            sb.AppendLine("OUTPUT," + string.Join(",", x.Select(S)) + tail);
        }
        else
        {
            sb.AppendLine("TLS," + string.Join(",", tls.Select(S)) + tail);
            sb.AppendLine("VA," + string.Join(",", Enumerable.Range(0, n).Select(k => S(x[k] - colZ[k] - tls[k]))) + tail);
            sb.AppendLine("OUT," + string.Join(",", x.Select(S)) + tail);
        }
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    /// <summary>Writes a table with the codes of an edition.</summary>
    public static string Write(string path, string edition, IReadOnlyList<string> countries, IReadOnlyList<string>? finalDemandCountries = null) =>
        Write(path, countries, IndustryCodes.Get(edition).Codes.ToArray(), edition == "icio2018", finalDemandCountries);

    private static string S(long v) => v.ToString(CultureInfo.InvariantCulture);
}
