using Xunit;
using System.Globalization;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// Real tables of the team data mirror read through the catalog, checked against the published/verified numbers in the
/// mirror's PROVENANCE.md and verification_balance.csv. Skipped with a reason when the mirror is absent.
/// </summary>
public sealed class RealDataTests
{
    public static TheoryData<int> WiodYears => new(Enumerable.Range(1995, 17));

    public static TheoryData<int> LrwiodYears => new(Enumerable.Range(0, 8).Select(i => 1965 + 5 * i));

    [SkippableFact]
    public void Wiod2011HasTheRecognisedShapeAndEdition()
    {
        DataMirror.RequireDataset("wiod2013", 2011);
        var t = TableLoader.Load("wiod2013", 2011, DataFolder.Resolve(null));
        Assert.Equal(1435, t.NodeCount);
        Assert.Equal(205, t.FinalDemandColumns.Length);
        Assert.Equal(41, t.Countries.Length);
        Assert.Equal(35, t.Industries.Length);
        Assert.Equal(["CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN"], t.FinalDemandColumns.Take(5).Select(c => c.Category));
        Assert.StartsWith("icio-csv wiod2013, small", t.Source.Format);
        Assert.Equal(DataProvenance.Sha256Of(t.Source.Path), t.Source.Sha256);
        Assert.Equal(463023, t.GrossOutput[t.IndexOf("JPN_C30T33")]);
        Assert.True(t.HasCountry("ROW"), "country codes compare case-insensitively (the file writes RoW)");
    }

    [SkippableTheory]
    [InlineData("JPN_C30T33", 2.670449)]
    [InlineData("KOR_C30T33", 3.122404)]
    [InlineData("CHN_C30T33", 3.628669)]
    [InlineData("USA_C30T33", 1.771921)]
    [InlineData("TWN_C30T33", 2.878382)]
    public void Wiod2011OutputMultipliersMatchTheMirrorReference(string node, double expected)
    {
        DataMirror.RequireDataset("wiod2013", 2011);
        var t = TableLoader.Load("wiod2013", 2011, DataFolder.Resolve(null));
        var m = LeontiefSolver.Factor(t).OutputMultipliers();
        Assert.Equal(expected, m[t.IndexOf(node)], 6e-7);
    }

    [SkippableTheory]
    [MemberData(nameof(WiodYears))]
    public void WiodBalanceReportAgreesWithTheMirrorVerification(int year)
    {
        var reference = DataMirror.Require("wiod2013/verification_balance.csv");
        DataMirror.RequireDataset("wiod2013", year);
        var row = File.ReadAllLines(reference).Skip(1).Select(l => l.Split(',')).Single(c => c[0] == year.ToString(CultureInfo.InvariantCulture));
        double Col(int i) => double.Parse(row[i], CultureInfo.InvariantCulture);
        var balance = TableLoader.Load("wiod2013", year, DataFolder.Resolve(null)).Balance();
        Assert.Equal(Col(3), balance.TotalOutput, 1e-6);
        Assert.Equal(Col(4), balance.MaxRowError, 1e-6);            // max |x − Z1 − F1|, whole millions
        Assert.Equal(Col(8), balance.WorldRelativeError, 1e-12);     // Σ|row error| / Σx
        Assert.InRange(balance.MaxRowError, 94, 113);
        Assert.InRange(balance.WorldRelativeError, 0.000415, 0.000935); // "0.042–0.093 %" rounded
        Assert.NotNull(balance.MaxColumnError);
        Assert.True(balance.MaxColumnError < 1e-6, "the mirror's VA row is the residual, so columns balance exactly");
    }

    [SkippableFact]
    public void NodePtfSumsToOnePlusAplOnRealPairs()
    {
        DataMirror.RequireDataset("wiod2013", 2011);
        var t = TableLoader.Load("wiod2013", 2011, DataFolder.Resolve(null));
        var solver = LeontiefSolver.Factor(t);
        var engine = new PassThroughFrequency(solver, NodeSet.Resolve(t, "CHN"));
        (string, string)[] pairs = [("AUS_C10T14", "KOR_C30T33"), ("AUS_C10T14", "JPN_C34T35"), ("JPN_C30T33", "USA_C34T35"), ("KOR_C30T33", "JPN_C45"), ("BRA_C10T14", "TWN_C30T33")];
        foreach (var (source, sink) in pairs)
        {
            int i = t.IndexOf(source), j = t.IndexOf(sink);
            var decomposition = engine.Decompose(i, j);
            var pair = engine.Pair(i, j);
            // Second path: (B²)_ij from two column solves, B (B e_j).
            var bej = solver.Column(j);
            var b2 = solver.SolveColumn(bej)[i];
            Assert.Equal(b2 / bej[i], decomposition.Total, 1e-9);
            Assert.Equal(1 + pair.Apl!.Value, decomposition.Total, 1e-9);
            Assert.Equal(pair.Ptf!.Value, decomposition.ByCountry["CHN"], 1e-9);
        }
    }

    [SkippableTheory]
    [InlineData("JPN_D30t33", 2.335169)]
    [InlineData("KOR_D30t33", 2.876137)]
    [InlineData("CHN_D30t33", 3.276353)]
    [InlineData("USA_D30t33", 2.196927)]
    [InlineData("TWN_D30t33", 2.715931)]
    public void Lrwiod2000OutputMultipliersMatchTheMirrorReference(string node, double expected)
    {
        DataMirror.RequireDataset("lrwiod", 2000);
        var t = TableLoader.Load("lrwiod", 2000, DataFolder.Resolve(null));
        Assert.StartsWith("icio-csv lrwiod", t.Source.Format);
        Assert.Equal(expected, LeontiefSolver.Factor(t).OutputMultipliers()[t.IndexOf(node)], 6e-7);
    }

    [SkippableTheory]
    [MemberData(nameof(LrwiodYears))]
    public void LrwiodRowsAndColumnsBalance(int year)
    {
        var reference = DataMirror.Require("lrwiod/verification_balance.csv");
        DataMirror.RequireDataset("lrwiod", year);
        var row = File.ReadAllLines(reference).Skip(1).Select(l => l.Split(',')).Single(c => c[0] == year.ToString(CultureInfo.InvariantCulture));
        var t = TableLoader.Load("lrwiod", year, DataFolder.Resolve(null));
        var balance = t.Balance();
        Assert.Equal(598, t.NodeCount);
        Assert.Equal(104, t.FinalDemandColumns.Length);
        Assert.True(balance.MaxRowError <= 0.5, $"{year}: {balance}");
        Assert.True(balance.MaxColumnError <= 1e-3, $"{year}: {balance}");
        // Values are written with 10 significant digits, so agreement with the mirror's full-precision check is loose.
        Assert.Equal(double.Parse(row[4], CultureInfo.InvariantCulture), balance.MaxRowError, 2e-3);
        Assert.Equal(double.Parse(row[3], CultureInfo.InvariantCulture), balance.TotalOutput, 1e-6 * balance.TotalOutput);
        Assert.Equal(["CONS_h", "CONS_g", "GFCF", "INV"], t.FinalDemandColumns.Take(4).Select(c => c.Category));
        Assert.Equal(["MRG_int", "PURNR", "PURR", "SD"], t.OtherPrimaryInputs.Keys.Order(StringComparer.Ordinal));
        Assert.NotNull(t.TaxesLessSubsidies);
    }
}
