namespace SupplyChainNotebooks.Notebooks;

/// <summary>What happened to one executed code cell.</summary>
/// <param name="Number">1-based number among the executed code cells (the execution count in the executed notebook).</param>
/// <param name="Elapsed">Wall time of the cell.</param>
/// <param name="Succeeded">False when the cell, or a cell it imported, failed or timed out.</param>
/// <param name="Message">Failure message (null when it succeeded).</param>
public sealed record CellOutcome(int Number, TimeSpan Elapsed, bool Succeeded, string? Message);

/// <summary>The first failure of a notebook run: which notebook, which cell, why.</summary>
/// <param name="Notebook">Notebook name (file name without extension).</param>
/// <param name="Cell">1-based number of the failing code cell (execution count in the executed notebook).</param>
/// <param name="CellCount">Number of code cells executed or to execute.</param>
/// <param name="Message">The error, prefixed with the imported file and its cell when the failure happened inside an <c>#!import</c>.</param>
/// <param name="TimedOut">True when the cell exceeded the per-cell time limit.</param>
public sealed record NotebookFailure(string Notebook, int Cell, int CellCount, string Message, bool TimedOut = false)
{
    /// <summary>One line for the console: notebook, cell number and message.</summary>
    public override string ToString() => $"notebook {Notebook}: cell {Cell} of {CellCount} {(TimedOut ? "timed out" : "failed")}: {FirstLine}";

    /// <summary>The first line of the message (the exception type and text, without the stack trace).</summary>
    public string FirstLine => Message.Split('\n', 2)[0].TrimEnd();
}
