using System.Text.Json;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary><c>scn ptf rank</c> on a small WIOD-layout fixture: the JSON field contract and the values.</summary>
[Collection("scn data folder")]
public sealed class PtfRankCommandTests
{
    private static readonly string[] Contract = ["year", "sink", "rank", "ptf", "rptf", "theta", "kappa", "phi", "vs", "tivaFlow"];

    [Fact]
    public void JsonFieldsAndValuesMatchTheLibrary()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"scn-ptf-rank-{Guid.NewGuid():N}");
        try
        {
            string[] countries = ["AUS", "BRA", "CHN", "JPN", "KOR"];
            string[] industries = ["C10T14", "C30T33", "C34T35", "C45"];
            var paths = new[] { 2002, 2003 }.Select(y => IcioLayoutFixture.Write(Path.Combine(folder, "wiod2013", $"WIOD2013_{y}.csv.gz"), countries, industries,
                IcioLayoutFixture.WiodCategories, seed: y, gzip: true, withTls: false)).ToArray();
            var (code, stdout, stderr) = FullPairRankingTests.Run(["ptf", "rank", "--dataset", "wiod2013", "--years", "2002-2003", "--risk", "CHN",
                "--sink", "KOR", "--data", folder, "--format", "json"]);
            Assert.True(code == 0, stderr);
            var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(8, rows.Length);   // 4 KOR sinks × 2 years
            foreach (var row in rows)
            {
                var names = row.EnumerateObject().Select(p => p.Name).ToArray();
                Assert.Equal(Contract, names.Take(Contract.Length));
            }
            Assert.Contains("source countries not in wiod2013 2002: CAN, IDN, RUS", stderr, StringComparison.Ordinal);
            Assert.Contains("(2 of 2)", stderr, StringComparison.Ordinal);   // progress of the multi-year run

            var table = IcioCsvReader.Read(paths[1], new IcioReadOptions { DatasetId = "wiod2013", Year = 2003 });
            var engine = new PassThroughFrequency(LeontiefSolver.Factor(table), NodeSet.Resolve(table, "CHN"));
            var expected = SinkRanking.Compute(engine, NodeSet.Resolve(table, "AUS,BRA:C10T14"), NodeSet.Resolve(table, "KOR"), "x");
            foreach (var row in rows.Where(r => r.GetProperty("year").GetInt32() == 2003))
            {
                var e = expected.Row(row.GetProperty("sink").GetString()!)!;
                Assert.Equal(e.Rank, row.GetProperty("rank").GetInt32());
                Assert.Equal(e.Ptf!.Value, row.GetProperty("ptf").GetDouble(), 1e-12);
                Assert.Equal(e.Rptf!.Value, row.GetProperty("rptf").GetDouble(), 1e-12);
                Assert.Equal(e.Theta!.Value, row.GetProperty("theta").GetDouble(), 1e-12);
                Assert.Equal(e.Vs!.Value, row.GetProperty("vs").GetDouble(), 1e-12);
                Assert.Equal(e.TivaFlowMusd, row.GetProperty("tivaFlow").GetDouble(), 1e-9);
            }
            // RPTF is relative to the mean over the sinks ranked in that year.
            var rptf = rows.Where(r => r.GetProperty("year").GetInt32() == 2003).Select(r => r.GetProperty("rptf").GetDouble()).ToArray();
            Assert.Equal(rptf.Length, rptf.Sum(), 1e-12);
        }
        finally
        {
            DataFolder.OptionOverride = null;
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void BadInputIsOneLineAndExitCodeTwo()
    {
        var (code, _, stderr) = FullPairRankingTests.Run(["ptf", "rank", "--weights", "median"]);
        Assert.Equal(2, code);
        Assert.Contains("unknown weighting 'median'", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}
