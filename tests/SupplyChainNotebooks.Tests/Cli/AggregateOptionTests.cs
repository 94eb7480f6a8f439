using System.Text.Json;
using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Data;
using Xunit;

namespace SupplyChainNotebooks.Tests.Cli;

/// <summary><c>scn ptf --aggregate</c>, <c>--aggregation-bias</c> and <c>scn data concordances</c>.</summary>
public sealed class AggregateOptionTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void UnknownConcordanceIsOneLineAndExitCodeTwo()
    {
        var (code, _, err) = Run("ptf", "--dataset", "lrwiod", "--year", "2000", "--source", "AUS:C", "--sink", "KOR:D30t33", "--aggregate", "asian");
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("unknown concordance 'asian'", err);
        Assert.Contains("asean", err);

        (code, _, err) = Run("ptf", "--dataset", "lrwiod", "--year", "2000", "--source", "AUS:C", "--sink", "KOR:D30t33", "--aggregation-bias");
        Assert.Equal(2, code);
        Assert.Contains("--aggregation-bias needs --aggregate", err);
    }

    [Fact]
    public void DataConcordancesListsTheFolderAndShowsOne()
    {
        var (code, output, _) = Run("data", "concordances", "--format", "json");
        Assert.Equal(0, code);
        var names = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(ConcordanceLibrary.Names(), names);

        (code, output, _) = Run("data", "concordances", "eu-members");
        Assert.Equal(0, code);
        Assert.Contains("GBR", output);
        Assert.Contains("1973-2019", output);
        Assert.Contains("# note: Accessions:", output);
    }

    [SkippableFact]
    public void PtfOnAnAggregatedTableWithTheBiasReport()
    {
        Skip.IfNot(DataCatalog.Default.AvailableYears("lrwiod").Contains(2000), "lrwiod 2000 is not in the data folders");
        var (code, output, err) = Run("ptf", "--dataset", "lrwiod", "--year", "2000", "--source", "AUS:S02", "--sink", "KOR:S05",
            "--aggregate", "eu-members,lrwiod23-to-10", "--aggregation-bias", "--format", "json");
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal("AUS_S02", rows[0].GetProperty("source").GetString());
        Assert.True(rows[1].GetProperty("aggregate").GetBoolean());
        var table = TableLoader.Load("lrwiod", 2000, aggregate: ["eu-members", "lrwiod23-to-10"]);
        var expected = SupplyChainNotebooks.Analysis.PassThroughFrequency.For(table, "CHN").Pair("AUS_S02", "KOR_S05").Ptf!.Value;
        Assert.Equal(expected, rows[0].GetProperty("ptf").GetDouble(), 12);
        Assert.Contains("# aggregation bias", err); // the report goes to stderr outside table format
        Assert.Contains("AUS_S02 → KOR_S05: published", err);
    }
}
