using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

public sealed class KiepSectorConcordanceTests
{
    private static readonly string[] Keys = ["c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c18", "c31", "c33"];

    [Fact]
    public void EveryDatasetCoversEveryChapterSector()
    {
        var c = KiepSectorConcordance.Default;
        // Every MRIO dataset of the catalog (chapter 3 accepts each of them), under its catalog id.
        var mrio = DataCatalog.Default.Datasets.Where(d => d.Kind == "mrio" && d.Id != "icio2018").Select(d => d.Id).ToArray();
        Assert.Equal(["wiod2013", "lrwiod", "icio2023", "icio2023ext", "icio2021", "icio2025", "icio2025ext", "adbmrio", "adbmrio72", "wiod2016"], mrio);
        foreach (var dataset in mrio)
            foreach (var key in Keys)
                Assert.False(c.Get(dataset, key).Industries.IsEmpty, $"{dataset} {key}");
        Assert.Equal(Keys.Length * mrio.Length, c.Entries.Length);
        Assert.Empty(c.Datasets.Except(mrio, StringComparer.Ordinal));
    }

    [Fact]
    public void CoarserChoicesAreFlagged()
    {
        var c = KiepSectorConcordance.Default;
        Assert.True(c.Get("lrwiod", "c31").IsCoarser);
        Assert.Equal(c.Get("lrwiod", "c31").Industries.ToArray(), c.Get("lrwiod", "c33").Industries.ToArray());
        Assert.True(c.Get("icio2023", "c4").IsCoarser);
        Assert.False(c.Get("wiod2013", "c14").IsCoarser);
        Assert.Equal(["C26", "C27"], c.Get("icio2023", "c14").Industries.ToArray());
        Assert.Equal(["C29", "C301", "C302T309"], c.Get("icio2025", "c15").Industries.ToArray());
        Assert.Equal(["D26", "D27"], c.Get("icio2021", "c14").Aliases.ToArray());
    }

    public static TheoryData<string, string, string> OfficialLists => new()
    {
        // dataset, file of the OECD ReadMe code list in the mirror, column holding the codes as they appear in table labels
        { "icio2021", "oecd_icio_meta/icio2021_2023_industries45.csv", "icio2021_csv_suffix" },
        { "icio2023", "oecd_icio_meta/icio2021_2023_industries45.csv", "icio2023_csv_suffix" },
        { "icio2025", "oecd_icio_meta/icio2025_industries.csv", "code" },
        { "wiod2013", "wiod2013/wiod2013_sectors.csv", "code" },
        { "lrwiod", "lrwiod/lrwiod_sectors.csv", "IndustryCode_isic3" },
        { "wiod2016", "concordance/wiod2016_industry_classification.csv", "IndustryCode.WIOD" },
    };

    [SkippableTheory]
    [MemberData(nameof(OfficialLists))]
    public void CodesExistInThePublishersCodeLists(string dataset, string file, string column)
    {
        var path = DataFolder.Resolve(null).Find([file]);
        Skip.If(path is null, $"{file} not in the data folders (team mirror absent)");
        var lines = File.ReadAllLines(path!);
        var header = Split(lines[0]);
        var col = Array.IndexOf(header, column);
        Assert.True(col >= 0, $"column {column} in {file}");
        var codes = lines.Skip(1).Where(l => l.Length > 0).Select(l => Split(l)[col]).ToHashSet(StringComparer.Ordinal);
        foreach (var key in Keys)
            foreach (var code in KiepSectorConcordance.Default.Get(dataset, key).Industries)
                Assert.True(codes.Contains(code), $"{dataset} {key}: '{code}' is not in {file}");
    }

    [SkippableFact]
    public void ResolvesAgainstTheRealWiodTable()
    {
        var table = DataMirror.RequireTable("wiod2013", 2011);
        var c = KiepSectorConcordance.Default;
        Assert.Equal("AUS,BRA,CAN,IDN,RUS:C10T14", c.Expression(table, ["AUS", "BRA", "CAN", "IDN", "RUS"], ["c2"], out var missing));
        Assert.Empty(missing);
        Assert.Equal(14, c.IndustriesIn(table, KiepSectorConcordance.ManufacturingSectors).Length);
        Assert.Equal(["c14"], c.SectorsOf(table, "C30T33").ToArray());
        Assert.Equal(["JPN_C34T35"], c.Resolve(table, "JPN", "c15").Labels.ToArray());
    }

    [Fact]
    public void AliasesAreUsedWhenTheTableWritesThem()
    {
        // A two-node table labelled like the ICIO 2021 ReadMe (D26, D27) instead of the CSV (26, 27).
        var table = MrioTable.Create("icio2021", 2018, TableSource.InMemory("test"), [new("JPN", "D26"), new("JPN", "D27")],
            new double[,] { { 1, 1 }, { 1, 1 } }, [new FinalDemandColumn("JPN", "HFCE")], new double[,] { { 8 }, { 8 } }, [10, 10]);
        Assert.Equal(["D26", "D27"], KiepSectorConcordance.Default.IndustriesIn(table, "c14").ToArray());
        var e = Assert.Throws<UnknownLabelException>(() => KiepSectorConcordance.Default.IndustriesIn(table, "c15"));
        Assert.Contains("29", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedFileNamesLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiep_bad_{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "dataset,sector,sector_name,industries,aliases,coverage,note\nwiod2013,c2,Mining,C10T14,,exact,\nwiod2013,c14,E&O,C30T33,,roughly,\n");
        try
        {
            var e = Assert.Throws<DataFormatException>(() => KiepSectorConcordance.Load(path));
            Assert.Equal(3, e.Line);
            Assert.Equal("coverage", e.Column);
        }
        finally { File.Delete(path); }
    }

    private static string[] Split(string line) => line.Split(',').Select(s => s.Trim('"')).ToArray();
}
