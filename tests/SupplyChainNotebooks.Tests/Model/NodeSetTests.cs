using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Model;

public sealed class NodeSetTests
{
    private static MrioTable Table() => ToyWorld.Table();

    [Theory]
    [InlineData("CHN", new[] { "CHN_MIN", "CHN_MAN" })]
    [InlineData("chn", new[] { "CHN_MIN", "CHN_MAN" })]
    [InlineData("AUS:MIN", new[] { "AUS_MIN" })]
    [InlineData("AUS,KOR:MIN", new[] { "AUS_MIN", "KOR_MIN" })]
    [InlineData("*:MAN", new[] { "AUS_MAN", "CHN_MAN", "KOR_MAN" })]
    [InlineData("KOR:*", new[] { "KOR_MIN", "KOR_MAN" })]
    [InlineData("AUS_MAN + KOR", new[] { "AUS_MAN", "KOR_MIN", "KOR_MAN" })]
    [InlineData("CHN+CHN_MIN", new[] { "CHN_MIN", "CHN_MAN" })]
    [InlineData("*", new[] { "AUS_MIN", "AUS_MAN", "CHN_MIN", "CHN_MAN", "KOR_MIN", "KOR_MAN" })]
    public void ExpressionsResolveToTableOrderedUniqueNodes(string expression, string[] expected)
    {
        var set = NodeSet.Resolve(Table(), expression);
        Assert.Equal(expected, set.Labels);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("CHN+")]
    [InlineData(":MIN")]
    [InlineData("AUS:")]
    [InlineData("AUS,,KOR:MIN")]
    public void MalformedExpressionsAreRejected(string expression)
    {
        Assert.Throws<InvalidExpressionException>(() => NodeSet.Resolve(Table(), expression));
    }

    [Fact]
    public void UnknownCountryListsNearbyCodes()
    {
        var e = Assert.Throws<UnknownLabelException>(() => NodeSet.Resolve(Table(), "KOX"));
        Assert.Equal("country", e.Kind);
        Assert.Contains("KOR", e.Nearby);
        Assert.Contains("KOX", e.Message);
    }

    [Fact]
    public void UnknownIndustryListsValidIndustries()
    {
        var e = Assert.Throws<UnknownLabelException>(() => NodeSet.Resolve(Table(), "AUS:MINE"));
        Assert.Equal("industry", e.Kind);
        Assert.Equal("MIN", e.Nearby[0]);
    }

    [Fact]
    public void LabelsSplitAtTheFirstUnderscore()
    {
        var node = NodeLabel.Parse("AUS_A01_02");
        Assert.Equal("AUS", node.Country);
        Assert.Equal("A01_02", node.Industry);
        Assert.Throws<InvalidExpressionException>(() => NodeLabel.Parse("AUS"));
    }

    [Fact]
    public void SetAlgebra()
    {
        var t = Table();
        var chn = NodeSet.Resolve(t, "CHN");
        var man = NodeSet.Resolve(t, "*:MAN");
        Assert.Equal(["AUS_MAN", "CHN_MIN", "CHN_MAN", "KOR_MAN"], chn.Union(man).Labels);
        Assert.Equal(["CHN_MIN"], chn.Except(man).Labels);
        Assert.False(chn.IsDisjointFrom(man));
        Assert.True(NodeSet.Resolve(t, "AUS").IsDisjointFrom(chn));
    }
}

public sealed class LabelDistanceTests
{
    [Theory]
    [InlineData("KOR", "KOR", 0)]
    [InlineData("KRO", "KOR", 1)]
    [InlineData("KOX", "KOR", 1)]
    [InlineData("JP", "JPN", 1)]
    [InlineData("CHN", "USA", 3)]
    public void DistanceCountsTranspositionsAsOneStep(string a, string b, int expected) =>
        Assert.Equal(expected, SupplyChainNotebooks.Errors.LabelDistance.Levenshtein(a, b));

    [Fact]
    public void TransposedCountryCodeSuggestsTheRightOne() =>
        Assert.Equal("KOR", SupplyChainNotebooks.Errors.LabelDistance.Closest("KRO", ["USA", "KOR", "KAZ", "ROU"], 1)[0]);
}
