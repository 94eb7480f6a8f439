using System.Text.Json;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>The full-pair ranking (scn ptf top) against a brute-force loop over every pair with the pair engine.</summary>
[Collection("scn data folder")]
public sealed class FullPairRankingTests
{
    /// <summary>Every allowed pair through <see cref="PassThroughFrequency.Pair(int,int)"/>, filtered and sorted like the ranking.</summary>
    private static List<(int i, int j, double ptf, double tiva)> BruteForce(MrioTable table, NodeSet risk, FullPairOptions o)
    {
        var engine = new PassThroughFrequency(LeontiefSolver.Factor(table), risk, new PtfOptions { Convention = o.Convention, ComputeTouchShare = false });
        var riskCountries = risk.Countries.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var list = new List<(int, int, double, double)>();
        for (var i = 0; i < table.NodeCount; i++)
        {
            if (risk.Contains(i)) continue;
            for (var j = 0; j < table.NodeCount; j++)
            {
                if (i == j || (o.ExcludeSinkCountry && riskCountries.Contains(table.Nodes[j].Country))) continue;
                var p = engine.Pair(i, j);
                if (p.Ptf is not { } ptf) continue;
                if (o.MinTivaFlowMusd > 0 && !(p.TivaFlowMusd >= o.MinTivaFlowMusd)) continue;
                list.Add((i, j, ptf, p.TivaFlowMusd));
            }
        }
        return [.. list.OrderByDescending(x => x.Item3).ThenBy(x => x.Item1).ThenBy(x => x.Item2)];
    }

    public static TheoryData<EndpointConvention, bool, double> Cases => new()
    {
        { EndpointConvention.Inclusive, false, 0 },
        { EndpointConvention.Interior, false, 0 },
        { EndpointConvention.ExcludeEndpoints, false, 0 },
        { EndpointConvention.Inclusive, true, 0 },
        { EndpointConvention.Inclusive, false, 20 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToyWorldMatchesBruteForce(EndpointConvention convention, bool excludeSinkCountry, double minTiva)
    {
        var table = ToyWorld.Table();
        var risk = NodeSet.Resolve(table, "CHN");
        var o = new FullPairOptions { Top = 100, Convention = convention, ExcludeSinkCountry = excludeSinkCountry, MinTivaFlowMusd = minTiva };
        var result = FullPairRanking.Compute(LeontiefSolver.Factor(table), risk, o);
        var brute = BruteForce(table, risk, o);
        Assert.Equal(brute.Count, result.Pairs.Length);
        Assert.Equal(brute.Count, result.PairsPassingFilter);
        for (var r = 0; r < brute.Count; r++) Assert.Equal(brute[r].ptf, result.Pairs[r].Ptf, 1e-12);
        Assert.True(result.MaxDetailDeviation < 1e-12);
    }

    [Fact]
    public void ToyWorldPairsMatchTheWorkedExampleTable()
    {
        // Methodology §2.2 all-pairs table and conventions for AUS_MIN → CHN_MAN.
        var table = ToyWorld.Table();
        var risk = NodeSet.Resolve(table, "CHN");
        double Ptf(EndpointConvention c, string source, string sink) => FullPairRanking.Compute(LeontiefSolver.Factor(table), risk,
                new FullPairOptions { Top = 100, Convention = c, ExcludeSinkCountry = false })
            .Pairs.Single(p => p.Source == source && p.Sink == sink).Ptf;
        Assert.Equal(1.5078892058, Ptf(EndpointConvention.Inclusive, "AUS_MIN", "CHN_MAN"), 1e-10);
        Assert.Equal(0.5078892058, Ptf(EndpointConvention.Interior, "AUS_MIN", "CHN_MAN"), 1e-10);
        Assert.Equal(0.0185237878, Ptf(EndpointConvention.ExcludeEndpoints, "AUS_MIN", "CHN_MAN"), 1e-10);
        Assert.Equal(0.6759987023, Ptf(EndpointConvention.Inclusive, "AUS_MIN", "KOR_MAN"), 1e-10);
        Assert.Equal(0.2640515115, Ptf(EndpointConvention.Inclusive, "KOR_MAN", "AUS_MAN"), 1e-10);
    }

    [Fact]
    public void PtfTopOnAnIcio2023LayoutFixtureMatchesBruteForce()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"scn-ptf-top-{Guid.NewGuid():N}");
        try
        {
            var path = IcioLayoutFixture.Write(Path.Combine(folder, "icio2023", "2020_SML.csv"), ["CHN", "JPN", "KOR", "USA"],
                ["A01_02", "C26", "F"], IcioLayoutFixture.Icio2023Categories, seed: 2020);
            var (code, stdout, stderr) = Run(["ptf", "top", "--dataset", "icio2023", "--year", "2020", "--risk", "JPN", "--top", "15",
                "--min-tiva", "5", "--data", folder, "--format", "json"]);
            Assert.True(code == 0, stderr);
            var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

            var table = IcioCsvReader.Read(path, new IcioReadOptions { DatasetId = "icio2023", Year = 2020 });
            var risk = NodeSet.Resolve(table, "JPN");
            var brute = BruteForce(table, risk, new FullPairOptions { MinTivaFlowMusd = 5, ExcludeSinkCountry = true });
            Assert.Equal(15, rows.Length);
            for (var r = 0; r < 15; r++)
            {
                Assert.Equal(r + 1, rows[r].GetProperty("rank").GetInt32());
                Assert.Equal(table.Nodes[brute[r].i].Label, rows[r].GetProperty("source").GetString());
                Assert.Equal(table.Nodes[brute[r].j].Label, rows[r].GetProperty("sink").GetString());
                Assert.Equal(brute[r].ptf, rows[r].GetProperty("ptf").GetDouble(), 1e-12);
                Assert.Equal(brute[r].tiva, rows[r].GetProperty("tivaFlow").GetDouble(), 1e-9);
                Assert.DoesNotContain("JPN_", rows[r].GetProperty("sink").GetString(), StringComparison.Ordinal);
                Assert.Equal(JsonValueKind.String, rows[r].GetProperty("publishedSink").ValueKind);   // risk JPN: compared with Figure 9
            }
            Assert.Contains("published 2020 ranking for JPN", stderr, StringComparison.Ordinal);
            Assert.Contains("caveat:", stderr, StringComparison.Ordinal);
        }
        finally
        {
            DataFolder.OptionOverride = null;
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void MissingIcio2023SaysHowToFetchIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"scn-empty-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        Skip.If(DataCatalog.Default.AvailableYears("icio2023", DataFolder.Resolve(folder)).Contains(2020), "OECD ICIO 2023 year 2020 is present in a data folder");
        try
        {
            var (code, _, stderr) = Run(["ptf", "top", "--dataset", "icio2023", "--year", "2020", "--risk", "JPN", "--data", folder]);
            Assert.Equal(2, code);
            Assert.Contains("icio2023", stderr, StringComparison.Ordinal);
            Assert.Contains("scn data fetch icio2023", stderr, StringComparison.Ordinal);
            Assert.Single(stderr.Trim().Split('\n'));
        }
        finally
        {
            DataFolder.OptionOverride = null;
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ComparisonWithThePublishedTableCountsAgreement()
    {
        // A computed list that reproduces ranks 1–3 of Figure 9 exactly and gets rank 4's PTF wrong.
        var published = PublishedPtfRanking.For("JPN");
        Assert.Equal(20, published.Length);
        Assert.Equal("USA_F", published[0].SinkIcio2023);
        Assert.Equal(0.69, published[0].PtfIndex);
        RankedPair P(int rank, string sink, double ptf) => new(rank, "SRC_X", sink, ptf, 400, 0.1, false, null, null, null, null, null);
        var result = new FullPairResult("icio2023", 2020, "JPN", new FullPairOptions { MinTivaFlowMusd = 300, ExcludeSinkCountry = true }, 100, 50,
            [P(1, "USA_F", 0.6912), P(2, "USA_C29", 0.6381), P(3, "VNM_F", 0.551), P(4, "USA_F", 0.50), P(5, "USA_F", 0.452)], 0);
        var c = PublishedComparison.Compare(result)!;
        Assert.Equal(5, c.SinkMatches);        // ranks 1–5 have the published sink (USA_F, USA_C29, VNM_F, USA_F, USA_F)
        Assert.Equal(3, c.PtfMatches);         // rank 4: 0.50 vs 0.45, rank 5: 0.452 vs 0.39
        Assert.True(c.Rows[3].FoundInComputedList);   // USA_F 0.45 appears at computed rank 5
        Assert.Contains(c.RecipeNotes, n => n.Contains("only 5 pairs", StringComparison.Ordinal));
        Assert.DoesNotContain(c.RecipeNotes, n => n.Contains("TiVA filter", StringComparison.Ordinal));
        Assert.Null(PublishedComparison.Compare(result with { Risk = "USA" }));
        var china = PublishedComparison.Compare(result with { Risk = "CHN" })!;
        Assert.Contains(china.RecipeNotes, n => n.Contains("--sinks anywhere", StringComparison.Ordinal));
    }

    [Fact]
    public void ReproductionRecipeRunsEveryConventionForChinaOrReportsTheMissingTable()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"scn-repro-{Guid.NewGuid():N}");
        try
        {
            if (!DataCatalog.Default.AvailableYears("icio2023", DataFolder.Resolve(folder)).Contains(2020))
            {
                var absent = PublishedReproduction.Run("JPN", folders: DataFolder.Resolve(folder));
                Assert.False(absent.Available);
                Assert.Contains("scn data fetch icio2023", absent.Message, StringComparison.Ordinal);
                Assert.Empty(absent.Runs);
            }

            IcioLayoutFixture.Write(Path.Combine(folder, "icio2023", "2020_SML.csv"), ["CHN", "JPN", "USA"], ["A01_02", "C26", "F"],
                IcioLayoutFixture.Icio2023Categories, seed: 7);
            var china = PublishedReproduction.Run("CHN", minTivaMusd: 1, folders: DataFolder.Resolve(folder));
            Assert.True(china.Available);
            Assert.Equal(3, china.Runs.Length);
            var inclusive = china.Runs.Single(r => r.Convention == EndpointConvention.Inclusive).Result;
            var interior = china.Runs.Single(r => r.Convention == EndpointConvention.Interior).Result;
            Assert.False(inclusive.Options.ExcludeSinkCountry);
            // Chinese sinks: inclusive = interior + 1 pair by pair.
            foreach (var p in interior.Pairs.Where(p => p.SinkInRisk))
                if (inclusive.Pairs.FirstOrDefault(q => q.Source == p.Source && q.Sink == p.Sink) is { } q) Assert.Equal(p.Ptf + 1, q.Ptf, 1e-12);
            Assert.Equal(20, china.Runs[0].Comparison.Rows.Length);
            var japan = PublishedReproduction.Run("JPN", minTivaMusd: 1, folders: DataFolder.Resolve(folder));
            Assert.Single(japan.Runs);
            Assert.DoesNotContain(japan.Runs[0].Result.Pairs, p => p.Sink.StartsWith("JPN_", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static (int code, string stdout, string stderr) Run(string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
