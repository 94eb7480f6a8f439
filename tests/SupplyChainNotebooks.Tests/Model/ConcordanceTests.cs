using System.Globalization;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Model;

/// <summary>
/// The concordance file format and the concordances shipped in data/concordance: every file parses; the ICIO 45 → 35
/// files contain the KIEP-sector rows of methodology §1.11 and all three code forms of the 45 OECD industries; the
/// 35 → 10 and LR-WIOD 23 → 10 files list every sector of the code lists in the data mirror; EU membership by year.
/// </summary>
public sealed class ConcordanceTests
{
    private static Concordance Parse(string text) => Concordance.Parse(new StringReader(text), "test", "test.csv");

    private static string MirrorFile(params string[] parts) =>
        DataFolder.Current.Candidates.Select(c => Path.Combine([c, .. parts])).FirstOrDefault(File.Exists) ?? "";

    [Fact]
    public void EveryShippedConcordanceParses()
    {
        var all = ConcordanceLibrary.All();
        Assert.Equal(ConcordanceLibrary.Names(), all.Select(c => c.Name));
        Assert.Contains("icio45-to-adb35", ConcordanceLibrary.Names());
        Assert.Contains("asean", ConcordanceLibrary.Names());
        foreach (var c in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title), c.Name);
            Assert.NotEmpty(c.AppliesTo);
            Assert.NotEmpty(c.Entries);
        }
    }

    [Theory]
    [InlineData("icio45-to-adb35", "c")]
    [InlineData("icio45-to-wiod2013", "C")]
    public void IcioToThirtyFiveHasTheKiepSectorRowsOfMethodology(string name, string prefix)
    {
        var c = ConcordanceLibrary.Get(name);
        Assert.Equal(ConcordanceDimension.Industry, c.Dimension);
        Assert.True(c.RequiresCompleteCoverage);
        // Methodology §1.11: c14 ≈ 26 + 27; c15 ≈ 29 + 30; c2 ≈ 05T06 + 07T08 + 09; c18 ≈ 41T43; c31 ≈ 84; c33 ≈ 86T88.
        var rows = new (string Target, string[] Icio)[]
        {
            (prefix == "c" ? "c14" : "C30T33", ["D26", "D27"]), (prefix == "c" ? "c15" : "C34T35", ["D29", "D30"]),
            (prefix == "c" ? "c2" : "C10T14", ["D05T06", "D07T08", "D09"]), (prefix == "c" ? "c18" : "C45", ["D41T43"]),
            (prefix == "c" ? "c31" : "C75", ["D84"]), (prefix == "c" ? "c33" : "C85", ["D86T88"]),
        };
        foreach (var (target, icio) in rows)
        {
            var sources = c.Entries.Where(e => e.To == target && e.From.StartsWith('D') && e.From.Length > 2).Select(e => e.From).Order().ToArray();
            Assert.Equal(icio.Order().ToArray(), sources);
            Assert.All(icio, d => Assert.False(c.Find(d)!.Approximate));
        }
        // Approximations are flagged where ISIC Rev.4 ranges straddle several Rev.3 sectors.
        Assert.True(c.Find("D45T47")!.Approximate);
        Assert.True(c.Find("A01_02") is { Approximate: false });
        Assert.Equal(c.Find("D45T47")!.To, c.Find("G")!.To); // 2023 label of 45T47
    }

    [SkippableFact]
    public void IcioToThirtyFiveListsAllThreeCodeFormsOfTheOecdList()
    {
        var list = MirrorFile("oecd_icio_meta", "icio2021_2023_industries45.csv");
        Skip.If(list.Length == 0, "needs ../shared/data/oecd_icio_meta/icio2021_2023_industries45.csv (team data mirror)");
        var lines = File.ReadAllLines(list).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(45, lines.Length);
        foreach (var name in new[] { "icio45-to-adb35", "icio45-to-wiod2013" })
        {
            var c = ConcordanceLibrary.Get(name);
            foreach (var cells in lines)
            {
                var target = c.Find(cells[1])!.To; // D-code
                Assert.Equal(target, c.Find(cells[2])!.To); // ICIO 2021 CSV suffix
                Assert.Equal(target, c.Find(cells[3])!.To); // ICIO 2023 CSV suffix
            }
            Assert.Equal(135, c.Entries.Count);
        }
    }

    [SkippableFact]
    public void ThirtyFiveAndLongRunToTenCoverTheMirrorCodeLists()
    {
        var w13 = MirrorFile("wiod2013", "wiod2013_sectors.csv");
        var lr = MirrorFile("lrwiod", "lrwiod_sectors.csv");
        Skip.If(w13.Length == 0 || lr.Length == 0, "needs the wiod2013 and lrwiod code lists of the team data mirror");
        var ten = ConcordanceLibrary.Get("wiod35-to-10");
        foreach (var cells in File.ReadAllLines(w13).Skip(1).Select(l => l.Split(',')))
        {
            var target = ten.Find(cells[1])!.To; // c1 … c35
            Assert.Equal(target, ten.Find(cells[2])!.To); // C01T05 …
            Assert.Equal(target, ten.Find(cells[3])!.To); // AtB …
        }
        Assert.Equal(10, ten.Targets.Count);
        var lr10 = ConcordanceLibrary.Get("lrwiod23-to-10");
        var lrCodes = File.ReadAllLines(lr).Skip(1).Select(l => l.Split(',')[1].Trim('"')).ToArray();
        Assert.Equal(23, lrCodes.Length);
        Assert.All(lrCodes, code => Assert.NotNull(lr10.Find(code)));
        Assert.Equal(ten.Find("c14")!.To, lr10.Find("D30t33")!.To); // electrical and optical equipment in both
    }

    [SkippableFact]
    public void WiodTwentySixteenCodeListMatchesTheMirrorClassification()
    {
        var mirror = MirrorFile("concordance", "wiod2016_industry_classification.csv");
        Skip.If(mirror.Length == 0, "needs ../shared/data/concordance/wiod2016_industry_classification.csv");
        var ours = File.ReadAllLines(RepositoryLayout.ProjectData("concordance", "lists", "wiod2016_codes.csv"))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(56, ours.Count(r => r[2] == "industry"));
        var theirs = File.ReadAllLines(mirror).Skip(1).Select(l => l.Split(','))
            .ToDictionary(r => int.Parse(r[0], CultureInfo.InvariantCulture), r => r[1].Trim('"'));
        foreach (var r in ours) Assert.Equal(theirs[int.Parse(r[0], CultureInfo.InvariantCulture)], r[1]);
        Assert.Equal(SupplyChainNotebooks.Io.Wiod2016Layout.BottomRowCodes, ours.Where(r => r[2] == "bottom-row").Select(r => r[1]));
    }

    [Fact]
    public void MembershipByYearFollowsTheAccessionDates()
    {
        var eu = ConcordanceLibrary.Get("eu-members");
        Assert.True(eu.IsYearDependent);
        Assert.Null(eu.Find("GBR", 1972));
        Assert.Equal("EU", eu.Find("GBR", 1973)!.To);
        Assert.Equal("EU", eu.Find("GBR", 2019)!.To);
        Assert.Null(eu.Find("GBR", 2020));
        Assert.Null(eu.Find("POL", 2003));
        Assert.Equal("EU", eu.Find("pol", 2004)!.To); // country codes case-insensitive
        Assert.Null(eu.Find("HRV", 2012));
        Assert.Equal("EU", eu.Find("ROM", 2007)!.To); // WIOD 2013 spelling of Romania
        var fixedEu = ConcordanceLibrary.Get("eu27");
        Assert.False(fixedEu.IsYearDependent);
        Assert.Null(fixedEu.Find("GBR"));
        Assert.Equal("EU27", fixedEu.Find("HRV", 1995)!.To);
    }

    [Fact]
    public void FormatErrorsNameFileLineAndColumn()
    {
        var e = Assert.Throws<DataFormatException>(() => Parse("# concordance: x\n# applies-to: *\nfrom,to\nA,B\n"));
        Assert.Contains("dimension", e.Problem);

        e = Assert.Throws<DataFormatException>(() => Parse("# concordance: x\n# dimension: industry\n# applies-to: *\nfrom,to\nA,B\nA,C\n"));
        Assert.Equal(6, e.Line);
        Assert.Contains("'A' maps to 'B' on line 5 and to 'C' here", e.Problem);

        e = Assert.Throws<DataFormatException>(() => Parse("# concordance: x\n# dimension: country\n# applies-to: *\nfrom,to,match\nAUS,OCE,roughly\n"));
        Assert.Equal((5L, "match"), (e.Line!.Value, e.Column));

        e = Assert.Throws<DataFormatException>(() => Parse("# concordance: x\n# dimension: country\n# applies-to: *\nfrom,to\nAUS,AU_NZ\n"));
        Assert.Contains("may not contain '_'", e.Problem);

        e = Assert.Throws<DataFormatException>(() => Parse("# concordance: x\n# dimension: country\n# applies-to: *\nfrom,to,match,note,years\nGBR,EU,,,1973-2020\nGBR,UK,,,2019-2030\n"));
        Assert.Contains("overlapping years", e.Problem);

        var ok = Parse("# concordance: x\n# dimension: country\n# applies-to: *\nfrom,to,match,note,years\nGBR,EU,exact,\"member, then not\",1973-2019\nGBR,UK,,,2020-2030\n");
        Assert.Equal("UK", ok.Find("GBR", 2021)!.To);
        Assert.Equal("member, then not", ok.Find("GBR", 2000)!.Note);

        var unknown = Assert.Throws<UnknownLabelException>(() => ConcordanceLibrary.Get("icio45-to-adb36"));
        Assert.Contains("icio45-to-adb35", unknown.Nearby);
    }
}
