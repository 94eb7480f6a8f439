using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>
/// Writes small hand-made tables in the OECD ICIO CSV layout (<c>V1</c> label column, CCC_IND node rows and columns,
/// final-demand columns CCC_CAT, <c>OUT</c> column; bottom rows TLS, VA, OUT), with deterministic values: intermediate
/// flows from a seeded generator (domestic flows larger), final demand with one negative inventory change, OUT = row
/// sums, VA = OUT − column sums − TLS.
/// </summary>
internal static class IcioLayoutFixture
{
    /// <summary>ICIO 2023 final-demand categories.</summary>
    public static readonly string[] Icio2023Categories = ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"];

    /// <summary>WIOD 2013 (mirror layout) final-demand categories.</summary>
    public static readonly string[] WiodCategories = ["CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN"];

    /// <summary>Writes the table and returns its path.</summary>
    public static string Write(string path, string[] countries, string[] industries, string[] categories, int seed, bool gzip = false, bool withTls = true)
    {
        var nodes = countries.SelectMany(c => industries.Select(i => $"{c}_{i}")).ToArray();
        var n = nodes.Length;
        var fd = countries.SelectMany(c => categories.Select(k => $"{c}_{k}")).ToArray();
        var random = new Random(seed);
        var z = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < n; k++)
            {
                var domestic = i / industries.Length == k / industries.Length;
                var draw = random.NextDouble();
                z[i, k] = draw < (domestic ? 0.05 : 0.25) ? 0 : Math.Round(draw * (domestic ? 40 : 12), 2);
            }
        var f = new double[n, fd.Length];
        for (var i = 0; i < n; i++)
            for (var c = 0; c < fd.Length; c++)
                f[i, c] = Math.Round(random.NextDouble() * 30 + (c % categories.Length == 0 ? 60 : 0), 2);
        f[1, 4] = -3.5;   // an inventory draw-down, as real tables have
        var output = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++) output[i] += z[i, k];
            for (var c = 0; c < fd.Length; c++) output[i] += f[i, c];
        }
        var tls = output.Select(x => Math.Round(0.01 * x, 2)).ToArray();
        var va = new double[n];
        for (var k = 0; k < n; k++)
        {
            var inputs = 0.0;
            for (var i = 0; i < n; i++) inputs += z[i, k];
            va[k] = output[k] - inputs - (withTls ? tls[k] : 0);
        }
        static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", new[] { "V1" }.Concat(nodes).Concat(fd).Append("OUT").Select(Quote)));
        for (var i = 0; i < n; i++)
            sb.AppendLine(string.Join(",", new[] { Quote(nodes[i]) }
                .Concat(Enumerable.Range(0, n).Select(k => N(z[i, k])))
                .Concat(Enumerable.Range(0, fd.Length).Select(c => N(f[i, c])))
                .Append(N(output[i]))));
        void Bottom(string label, double[] values) =>
            sb.AppendLine(string.Join(",", new[] { Quote(label) }.Concat(values.Select(N)).Concat(Enumerable.Repeat("", fd.Length + 1))));
        if (withTls) Bottom("TLS", tls);
        Bottom("VA", va);
        Bottom("OUT", output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        if (gzip)
        {
            using var file = File.Create(path);
            using var gz = new GZipStream(file, CompressionLevel.Fastest);
            gz.Write(bytes);
        }
        else File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Quote(string s) => $"\"{s}\"";
}
