using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>The tutorial's worlds reproduce the published exact values of methodology §2.</summary>
public sealed class TutorialWorldsTests
{
    [Theory]
    [InlineData("AUS_MIN", "KOR_MAN", "43943350/258867861")]
    [InlineData("AUS_MIN", "CHN_MIN", "4004330/258867861")]
    [InlineData("AUS_MIN", "CHN_MAN", "24025980/86289287")]
    [InlineData("CHN_MAN", "KOR_MAN", "104921000/258867861")]
    [InlineData("KOR_MAN", "KOR_MAN", "353960500/258867861")]
    public void Three_country_world_has_the_published_exact_leontief_entries(string from, string to, string expected)
    {
        var table = TutorialWorlds.ThreeCountry();
        var b = TutorialWorlds.ThreeCountryA.IdentityMinus().Inverse();
        Assert.Equal(Rational.Parse(expected), b[table.IndexOf(from), table.IndexOf(to)]);
        Assert.Equal(Rational.Parse(expected).ToDouble(), LeontiefSolver.Factor(table).Column(table.IndexOf(to))[table.IndexOf(from)], 12);
    }

    [Fact]
    public void Three_country_world_gives_the_published_ptf_of_china()
    {
        var pair = PassThroughFrequency.For(TutorialWorlds.ThreeCountry(), "CHN").Pair("AUS_MIN", "KOR_MAN");
        Assert.Equal(Rational.Parse("4660507544110/6894255163439").ToDouble(), pair.Ptf!.Value, 12);
        Assert.Equal(0.4463671486, pair.Theta!.Value, 9);
    }

    [Fact]
    public void Three_node_chain_has_the_hand_computed_inverse()
    {
        var b = TutorialWorlds.ThreeNodeA.IdentityMinus().Inverse();
        Assert.Equal(Rational.Parse("5/8"), b[0, 1]);
        Assert.Equal(Rational.Parse("1/4"), b[0, 2]);
        Assert.Equal(Rational.Parse("5/4"), b[1, 1]);
    }
}
