using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>
/// The coefficient checks every command that analyses a table prints before its result (methodology §1.2, §1.8): columns
/// of A summing to ≥ 1 (worst five named) and a spectral radius ≥ 1 (the Leontief inverse is then no convergent walk
/// sum), one <c>warning:</c> line each on stderr, so JSON or CSV on stdout stay clean.
/// </summary>
internal static class TableWarnings
{
    /// <summary>Writes the warnings of <paramref name="table"/> (nothing when A is productive with column sums below 1).</summary>
    /// <returns>The diagnostics, for commands that report more.</returns>
    public static CoefficientDiagnostics Write(CommandContext context, MrioTable table)
    {
        var diagnostics = CoefficientDiagnostics.Of(table);
        foreach (var warning in diagnostics.Warnings) context.Error.WriteLine($"warning: {table.Describe()}: {warning}");
        return diagnostics;
    }
}
