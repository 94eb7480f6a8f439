using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>Assertions on whole tables (two readings of the same data must agree cell for cell).</summary>
internal static class TableAssert
{
    /// <summary>Labels, final-demand columns, every Z and final-demand row, output, VA, taxes and other primary inputs are identical.</summary>
    public static void Same(MrioTable expected, MrioTable actual)
    {
        Assert.Equal(expected.Nodes.ToArray(), actual.Nodes.ToArray());
        Assert.Equal(expected.FinalDemandColumns.ToArray(), actual.FinalDemandColumns.ToArray());
        for (var i = 0; i < expected.NodeCount; i++)
        {
            Assert.Equal(expected.IntermediateRow(i).ToArray(), actual.IntermediateRow(i).ToArray());
            Assert.Equal(expected.FinalDemandRow(i).ToArray(), actual.FinalDemandRow(i).ToArray());
        }
        Assert.Equal(expected.GrossOutput.ToArray(), actual.GrossOutput.ToArray());
        Assert.Equal(expected.ValueAdded?.ToArray(), actual.ValueAdded?.ToArray());
        Assert.Equal(expected.TaxesLessSubsidies?.ToArray(), actual.TaxesLessSubsidies?.ToArray());
        Assert.Equal(expected.OtherPrimaryInputs.Keys.Order(), actual.OtherPrimaryInputs.Keys.Order());
        foreach (var (k, v) in expected.OtherPrimaryInputs) Assert.Equal(v.ToArray(), actual.OtherPrimaryInputs[k].ToArray());
    }
}
