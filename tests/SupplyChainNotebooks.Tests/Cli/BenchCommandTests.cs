using System.Text.Json;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Cli.Bench;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Cli;

/// <summary>
/// A quick smoke run of <c>scn bench</c> on a small synthetic table checking the JSON contract (no timing
/// assertions: speed targets live in the bench output, not in tests).
/// </summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void SmallBenchRunWritesTheJsonContract()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["bench", "--n", "135", "--repeat", "1", "--skip", "series", "--format", "json"], output, error);
        Assert.True(code == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString().Trim());
        var root = json.RootElement;
        Assert.Equal(135, root.GetProperty("n").GetInt32());
        Assert.Equal(LinearAlgebraBackends.Current.Name, root.GetProperty("backend").GetString());
        foreach (var field in new[] { "factorSeconds", "kaSeconds", "rankingSeconds", "parseSeconds", "cachedLoadSeconds" })
            Assert.True(root.GetProperty(field).GetDouble() > 0, field);
        Assert.True(root.GetProperty("peakMemoryBytes").GetInt64() > 0);
        // Not requested: present and null.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("numpySolveSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ratioFactorToNumpySolve").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("seriesSeconds").ValueKind);
    }
}
