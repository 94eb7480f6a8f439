using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model.Codes;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>Edition recognition on tables written with each edition's full industry list (from data/codes).</summary>
public sealed class EditionDetectionTests
{
    [Theory]
    [InlineData("icio2018", 36)]
    [InlineData("icio2021", 45)]
    [InlineData("icio2023", 45)]
    [InlineData("icio2025", 50)]
    [InlineData("wiod2013", 35)]
    [InlineData("lrwiod", 23)]
    public void EachEditionIsRecognisedFromItsIndustryCodes(string edition, int industries)
    {
        var path = IcioFixtureWriter.Write(Path.Combine(Fixtures.ScratchFolder(), "t.csv"), edition, ["AUS", "KOR"]);
        var t = IcioCsvReader.Read(path);
        Assert.Equal(industries, t.Industries.Length);
        Assert.StartsWith($"icio-csv {edition}, small", t.Source.Format);
        Assert.Equal(0, t.Balance().MaxRowError, 9);
        Assert.Equal(0, t.Balance().MaxColumnError!.Value, 9);
    }

    [Fact]
    public void The2021EditionIsAlsoRecognisedWithOecdDCodes()
    {
        var codes = IndustryCodes.Get("icio2021").Industries.Select(i => i.Aliases[0]).ToArray();
        Assert.Equal("D01T02", codes[0]);
        var path = IcioFixtureWriter.Write(Path.Combine(Fixtures.ScratchFolder(), "t.csv"), ["AUS", "KOR"], codes);
        Assert.StartsWith("icio-csv icio2021", IcioCsvReader.Read(path).Source.Format);
    }

    [Fact]
    public void Extended2023WithChinaAndMexicoSplitMergesToCountries()
    {
        string[] countries = ["CHN", "CN1", "CN2", "KOR", "MEX", "MX1", "MX2"];
        var path = IcioFixtureWriter.Write(Path.Combine(Fixtures.ScratchFolder(), "t.csv"), "icio2023", countries, ["CHN", "KOR", "MEX"]);
        // The writer fills every block; empty the whole-country node blocks as in the published extended files.
        var lines = File.ReadAllLines(path).ToList();
        var header = lines[0].Split(',');
        int[] wholeCols = header.Select((h, i) => (h, i)).Where(t => (t.h.StartsWith("CHN_", StringComparison.Ordinal) || t.h.StartsWith("MEX_", StringComparison.Ordinal)) && t.i <= 7 * 45).Select(t => t.i).ToArray();
        Assert.Equal(90, wholeCols.Length);
        var table = lines.Select(l => l.Split(',')).ToArray();
        for (var r = 1; r < table.Length; r++)
        {
            var whole = table[r][0].StartsWith("CHN_", StringComparison.Ordinal) || table[r][0].StartsWith("MEX_", StringComparison.Ordinal);
            for (var c = 1; c < table[r].Length; c++)
                if ((whole || wholeCols.Contains(c)) && table[r][c].Length > 0) table[r][c] = "0";
        }
        // Rebalance: OUT = row total, VA = column residual.
        var n = 7 * 45;
        for (var r = 1; r <= n; r++)
            table[r][^1] = table[r].Skip(1).Take(table[r].Length - 2).Sum(long.Parse).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var k = 1; k <= n; k++)
        {
            var colZ = Enumerable.Range(1, n).Sum(r => long.Parse(table[r][k], System.Globalization.CultureInfo.InvariantCulture));
            var x = long.Parse(table[k][^1], System.Globalization.CultureInfo.InvariantCulture);
            table[n + 1][k] = x == 0 ? "0" : table[n + 1][k];
            var tls = long.Parse(table[n + 1][k], System.Globalization.CultureInfo.InvariantCulture);
            table[n + 2][k] = (x - colZ - tls).ToString(System.Globalization.CultureInfo.InvariantCulture);
            table[n + 3][k] = x.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        File.WriteAllLines(path, table.Select(r => string.Join(",", r)));

        var raw = IcioCsvReader.Read(path, new IcioReadOptions { ExpectedEdition = "icio2023" });
        Assert.StartsWith("icio-csv icio2023, extended", raw.Source.Format);
        var merged = IcioCsvReader.Read(path, new IcioReadOptions { ExpectedEdition = "icio2023", MergeSplitCountries = true });
        Assert.Equal(["CHN", "KOR", "MEX"], merged.Countries.ToArray());
        Assert.Equal(135, merged.NodeCount);
        Assert.Equal(18, merged.FinalDemandColumns.Length);
        Assert.Equal(raw.GrossOutput[raw.IndexOf("CN1_C26")] + raw.GrossOutput[raw.IndexOf("CN2_C26")], merged.GrossOutput[merged.IndexOf("CHN_C26")]);
        var rb = raw.Balance();
        var mb = merged.Balance();
        Assert.Equal(rb.TotalOutput, mb.TotalOutput, 6);
        Assert.Equal(0, mb.MaxRowError, 6);
        Assert.Equal(0, mb.MaxColumnError!.Value, 6);
    }

    [Fact]
    public void AnUnknownEditionIsATypedErrorNamingFileCodesAndKnownEditions()
    {
        var codes = IndustryCodes.Get("icio2023").Codes.ToArray();
        codes[25] = "C26X";
        var path = IcioFixtureWriter.Write(Path.Combine(Fixtures.ScratchFolder(), "odd.csv"), ["AUS", "KOR"], codes);
        var e = Assert.Throws<UnknownEditionException>(() => IcioCsvReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("A01_02", e.Message);
        Assert.Contains("icio2021 (45: 01T02 … 97T98)", e.Message);
        Assert.Contains("icio2025", e.Message);
        Assert.Contains("C26X", e.IndustriesSeen);
        Assert.Equal(90, IcioCsvReader.Read(path, new IcioReadOptions { CustomLayout = true }).NodeCount);
    }

    [Fact]
    public void AnEditionOtherThanTheExpectedOneIsRefused()
    {
        var path = IcioFixtureWriter.Write(Path.Combine(Fixtures.ScratchFolder(), "t.csv"), "icio2021", ["AUS", "KOR"]);
        var e = Assert.Throws<UnknownEditionException>(() => IcioCsvReader.Read(path, new IcioReadOptions { ExpectedEdition = "icio2023" }));
        Assert.Equal("icio2023", e.Expected);
        Assert.Contains("expected edition icio2023", e.Message);
    }
}
