using System.Globalization;
using System.Text;
using System.Text.Json;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Data;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>
/// The published-ranking recipe (methodology §3.2) end to end on a hand-made OECD ICIO 2023 file whose two chains are
/// built to carry the first two PTFs of Figure 9 (risk Japan): AUS_B07_08 → JPN_C26 → USA_F with a direct leg, PTF =
/// 0.3·0.23 / (0.031 + 0.3·0.23) = 0.69, and the same into USA_C29, PTF = 0.3·0.16 / (0.027 + 0.3·0.16) = 0.64, each
/// carrying more than 300 M USD of value added. <c>scn ptf top</c> and the notebook's reproduction must find both ranks in
/// agreement with the published sink and PTF.
/// </summary>
[Collection("scn data folder")]
public sealed class PublishedRankingFixtureTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"scn-published-{Guid.NewGuid():N}");

    public void Dispose()
    {
        DataFolder.OptionOverride = null;
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Writes the file: A and y chosen by hand, x = B y worked out by hand (no loops), Z = A diag(x), VA = x − Z'1.</summary>
    private void WriteFixture()
    {
        string[] countries = ["AUS", "JPN", "USA"];
        string[] industries = ["B07_08", "C26", "C29", "F"];
        string[] categories = ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"];
        var nodes = countries.SelectMany(c => industries.Select(i => $"{c}_{i}")).ToArray();
        var n = nodes.Length;
        int Ix(string label) => Array.IndexOf(nodes, label);
        var y = Enumerable.Repeat(10.0, n).ToArray();
        y[Ix("USA_F")] = 5000;
        y[Ix("USA_C29")] = 6000;
        // x = B y: USA_F and USA_C29 are bought by nobody; JPN_C26 = 0.23·5000 + 0.16·6000 + 10; AUS_B07_08 = 0.3·2120 + 0.031·5000 + 0.027·6000 + 10.
        var x = (double[])y.Clone();
        x[Ix("JPN_C26")] = 2120;
        x[Ix("AUS_B07_08")] = 963;
        var z = new double[n, n];
        void Flow(string from, string to, double a) => z[Ix(from), Ix(to)] = a * x[Ix(to)];
        Flow("AUS_B07_08", "JPN_C26", 0.3);
        Flow("JPN_C26", "USA_F", 0.23);
        Flow("AUS_B07_08", "USA_F", 0.031);
        Flow("JPN_C26", "USA_C29", 0.16);
        Flow("AUS_B07_08", "USA_C29", 0.027);

        static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var fd = countries.SelectMany(c => categories.Select(k => $"{c}_{k}")).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", new[] { "V1" }.Concat(nodes).Concat(fd).Append("OUT").Select(s => $"\"{s}\"")));
        for (var i = 0; i < n; i++)
        {
            var own = Array.IndexOf(countries, nodes[i][..3]) * categories.Length;   // household consumption of the node's own country
            sb.AppendLine(string.Join(",", new[] { $"\"{nodes[i]}\"" }
                .Concat(Enumerable.Range(0, n).Select(k => N(z[i, k])))
                .Concat(Enumerable.Range(0, fd.Length).Select(c => N(c == own ? y[i] : 0)))
                .Append(N(x[i]))));
        }
        var va = Enumerable.Range(0, n).Select(k => x[k] - Enumerable.Range(0, n).Sum(i => z[i, k])).ToArray();
        void Bottom(string label, IEnumerable<double> values) =>
            sb.AppendLine(string.Join(",", new[] { $"\"{label}\"" }.Concat(values.Select(N)).Concat(Enumerable.Repeat("", fd.Length + 1))));
        Bottom("TLS", new double[n]);
        Bottom("VA", va);
        Bottom("OUT", x);
        Directory.CreateDirectory(Path.Combine(_folder, "icio2023"));
        File.WriteAllText(Path.Combine(_folder, "icio2023", "2020_SML.csv"), sb.ToString());
    }

    [Fact]
    public void Ptf_top_reproduces_the_first_two_ranks_of_figure_9_and_says_so()
    {
        WriteFixture();
        var (code, stdout, stderr) = FullPairRankingTests.Run(["ptf", "top", "--dataset", "icio2023", "--year", "2020", "--risk", "JPN",
            "--min-tiva", "300", "--data", _folder, "--format", "json"]);
        Assert.True(code == 0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, rows.Length);   // every other pair has no route or carries < 300 M USD
        (string sink, double ptf, double tiva)[] expected = [("USA_F", 0.69, 0.1 * 5000), ("USA_C29", 0.64, 0.075 * 6000)];
        for (var r = 0; r < 2; r++)
        {
            Assert.Equal("AUS_B07_08", rows[r].GetProperty("source").GetString());
            Assert.Equal(expected[r].sink, rows[r].GetProperty("sink").GetString());
            Assert.Equal(expected[r].ptf, rows[r].GetProperty("ptf").GetDouble(), 1e-10);
            Assert.Equal(expected[r].tiva, rows[r].GetProperty("tivaFlow").GetDouble(), 1e-6);
            Assert.Equal(expected[r].sink, rows[r].GetProperty("publishedSink").GetString());
            Assert.Equal(expected[r].ptf, rows[r].GetProperty("publishedPtf").GetDouble());
            Assert.True(rows[r].GetProperty("sinkMatch").GetBoolean());
            Assert.True(rows[r].GetProperty("ptfMatch").GetBoolean());
        }
        Assert.Contains("sink agrees at 2 of 20 ranks, PTF within ±0.005 at 2", stderr, StringComparison.Ordinal);
        Assert.Contains("only 2 pairs computed for 20 published ranks", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("TiVA filter", stderr, StringComparison.Ordinal);   // the recipe's filter was used
    }

    [Fact]
    public void Without_the_filter_the_recipe_note_says_the_published_pairs_carry_about_300_m_usd()
    {
        WriteFixture();
        var (code, _, stderr) = FullPairRankingTests.Run(["ptf", "top", "--dataset", "icio2023", "--year", "2020", "--risk", "JPN",
            "--data", _folder, "--format", "csv"]);
        Assert.True(code == 0, stderr);
        Assert.Contains("recipe: TiVA filter 0 M USD", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notebook_reproduction_agrees_at_the_same_ranks()
    {
        WriteFixture();
        var japan = PublishedReproduction.Run("JPN", folders: DataFolder.Resolve(_folder));
        Assert.True(japan.Available);
        var comparison = Assert.Single(japan.Runs).Comparison;
        Assert.Equal((2, 2), (comparison.SinkMatches, comparison.PtfMatches));
        Assert.True(comparison.Rows[0].SinkMatches && comparison.Rows[1].PtfMatches);
        Assert.False(comparison.Rows[2].SinkMatches);   // rank 3 (VNM_F 0.55) has no computed pair here
    }
}
