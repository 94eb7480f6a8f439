namespace SupplyChainNotebooks.Errors;

/// <summary>
/// A data file does not have the layout its reader expects: the message names the file and, where known, the line
/// (1-based, counting the header as line 1), the column or the label at fault.
/// </summary>
public sealed class DataFormatException : SupplyChainException
{
    /// <summary>Creates the error.</summary>
    /// <param name="file">Path (or name) of the file being read.</param>
    /// <param name="line">1-based line number, or null when the problem is not tied to a line.</param>
    /// <param name="column">Column label or 1-based index as text, or null.</param>
    /// <param name="problem">What is wrong, in words a user can act on.</param>
    /// <param name="inner">Low-level cause, if any.</param>
    public DataFormatException(string file, long? line, string? column, string problem, Exception? inner = null)
        : base(Format(file, line, column, problem), inner ?? new InvalidDataException(problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file that was being read.</summary>
    public string File { get; }

    /// <summary>1-based line number, if the problem is tied to one.</summary>
    public long? Line { get; }

    /// <summary>Column label or index, if the problem is tied to one.</summary>
    public string? Column { get; }

    /// <summary>The problem without the location prefix.</summary>
    public string Problem { get; }

    private static string Format(string file, long? line, string? column, string problem)
    {
        var where = file;
        if (line is not null) where += $":{line}";
        if (!string.IsNullOrEmpty(column)) where += $" (column {(column.Length <= 80 ? column : column[..80] + "…")})";
        return $"{where}: {problem}";
    }
}
