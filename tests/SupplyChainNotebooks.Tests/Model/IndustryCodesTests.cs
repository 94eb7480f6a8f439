using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model.Codes;
using Xunit;

namespace SupplyChainNotebooks.Tests.Model;

/// <summary>The compiled code lists (data/codes/industries.csv) against the official lists in the data mirror and by hand.</summary>
public sealed class IndustryCodesTests
{
    [Fact]
    public void EditionsHaveTheirPublishedSizes()
    {
        var sizes = IndustryCodes.Editions.ToDictionary(e => e.Id, e => e.Industries.Length);
        Assert.Equal(new Dictionary<string, int>
        {
            ["icio2018"] = 36, ["icio2021"] = 45, ["icio2023"] = 45, ["icio2025"] = 50, ["wiod2013"] = 35, ["lrwiod"] = 23, ["adb35"] = 35,
        }, sizes);
    }

    [Theory]
    [InlineData("icio2023", "26", "C26")]
    [InlineData("icio2021", "26", "26")]
    [InlineData("icio2018", "41T43", "41T43")]
    [InlineData("icio2023", "62T63", "J62_63")]
    [InlineData("icio2025", "05", "B05")]
    [InlineData("icio2023", "35", "D")]
    public void MapsIsic4KeysToEditionCodes(string edition, string key, string code) =>
        Assert.Equal(code, IndustryCodes.Get(edition).ForIsic4(key)!.Code);

    [Fact]
    public void RangesCoverAndOverlap()
    {
        Assert.Equal(["C24A", "C24B"], IndustryCodes.Get("icio2025").Within("24").Select(i => i.Code));
        Assert.Equal(["B05", "B06"], IndustryCodes.Get("icio2025").Within("05T06").Select(i => i.Code));
        Assert.Equal(["C301", "C302T309"], IndustryCodes.Get("icio2025").Within("30").Select(i => i.Code));
        Assert.Equal(["C30T33"], IndustryCodes.Get("wiod2013").Overlapping("26").Select(i => i.Code));
        Assert.Equal(["C26", "C27"], IndustryCodes.Get("icio2023").Translate(IndustryCodes.Get("adb35"), "c14").Select(i => i.Code));
        Assert.Equal(["05T06", "07T08", "09"], IndustryCodes.Get("icio2021").Translate(IndustryCodes.Get("wiod2013"), "c2").Select(i => i.Code));
        Assert.True(IsicRange.Parse("24").Covers(IsicRange.Parse("241+2431")));
        Assert.False(IsicRange.Parse("241+2431").Covers(IsicRange.Parse("24")));
        Assert.True(IsicRange.Parse("302T309").Overlaps(IsicRange.Parse("30")));
        Assert.False(IsicRange.Parse("301").Overlaps(IsicRange.Parse("302T309")));
    }

    [Fact]
    public void AliasesResolveExactSpellingsFirst()
    {
        var wiod = IndustryCodes.Get("wiod2013");
        Assert.Equal("C50", wiod.Get("c19").Code);      // WIOD workbook code, not the project code C19
        Assert.Equal("C19", wiod.Get("C19").Code);
        Assert.Equal("C30T33", wiod.Get("30t33").Code);
        Assert.Equal("01T02", IndustryCodes.Get("icio2021").Get("D01T02").Code);
        var e = Assert.Throws<UnknownLabelException>(() => IndustryCodes.Get("icio2023").Get("C26X"));
        Assert.Equal("C26", e.Nearby[0]);
        Assert.Throws<InvalidExpressionException>(() => IsicRange.Parse("2T33"));
    }

    [SkippableFact]
    public void IcioListsAgreeWithTheOfficialReadMeExtracts()
    {
        var list2025 = File.ReadAllLines(DataMirror.Require("oecd_icio_meta/icio2025_industries.csv")).Skip(1).Select(l => l.Split(',')[1]).ToArray();
        Assert.Equal(list2025, IndustryCodes.Get("icio2025").Codes);
        var list2018 = File.ReadAllLines(DataMirror.Require("oecd_icio_meta/icio2018_industries.csv")).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.Equal(list2018, IndustryCodes.Get("icio2018").Industries.Select(i => i.Aliases[0]));
        var labels2018 = File.ReadAllLines(DataMirror.Require("oecd_icio_meta/icio2018_rowitems.csv")).Skip(1).Take(36).Select(l => l.Split(',')[1][4..]).ToArray();
        Assert.Equal(labels2018, IndustryCodes.Get("icio2018").Codes);
        var rows45 = File.ReadAllLines(DataMirror.Require("oecd_icio_meta/icio2021_2023_industries45.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(rows45.Select(r => r[2]), IndustryCodes.Get("icio2021").Codes);
        Assert.Equal(rows45.Select(r => r[3]), IndustryCodes.Get("icio2023").Codes);
        var wiod = File.ReadAllLines(DataMirror.Require("wiod2013/wiod2013_sectors.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(wiod.Select(r => r[2]), IndustryCodes.Get("wiod2013").Codes);
        Assert.Equal(wiod.Select(r => r[1]), IndustryCodes.Get("wiod2013").Industries.Select(i => i.Aliases[0]));
        var lr = File.ReadAllLines(DataMirror.Require("lrwiod/lrwiod_sectors.csv")).Skip(1).Select(l => l.Split(',')[1].Trim('"')).ToArray();
        Assert.Equal(lr, IndustryCodes.Get("lrwiod").Codes);
    }
}
