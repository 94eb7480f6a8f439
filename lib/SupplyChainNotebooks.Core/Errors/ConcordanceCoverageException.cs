namespace SupplyChainNotebooks.Errors;

/// <summary>
/// A concordance does not fit the table it is applied to: codes of the table are missing from a concordance that must
/// cover them all, or none of the concordance's codes occur in the table (usually a concordance for another dataset or
/// edition). The message names the concordance file, the table and the missing codes.
/// </summary>
public sealed class ConcordanceCoverageException : SupplyChainException
{
    /// <summary>Creates the error.</summary>
    /// <param name="concordance">Concordance name.</param>
    /// <param name="file">Concordance file.</param>
    /// <param name="table">Table description (dataset and year).</param>
    /// <param name="missing">Codes of the table the concordance does not list (empty when the problem is no overlap).</param>
    /// <param name="problem">What is wrong, in words, including what the concordance applies to.</param>
    public ConcordanceCoverageException(string concordance, string file, string table, IReadOnlyList<string> missing, string problem)
        : base($"concordance '{concordance}' ({file}) does not fit {table}: {problem}"
               + (missing.Count == 0 ? "" : $"; missing {missing.Count} code(s): {string.Join(", ", missing.Take(20))}{(missing.Count > 20 ? ", …" : "")}"))
    {
        Concordance = concordance;
        File = file;
        Missing = missing;
    }

    /// <summary>Concordance name.</summary>
    public string Concordance { get; }

    /// <summary>Concordance file.</summary>
    public string File { get; }

    /// <summary>Codes of the table the concordance does not list.</summary>
    public IReadOnlyList<string> Missing { get; }
}
