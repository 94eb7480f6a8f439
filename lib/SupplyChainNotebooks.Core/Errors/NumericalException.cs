namespace SupplyChainNotebooks.Errors;

/// <summary>
/// A numerical precondition fails: (I − A) singular, a non-finite value where a result must be finite, a matrix of the
/// wrong shape. The message names the nodes involved where they can be identified.
/// </summary>
public sealed class NumericalException : SupplyChainException
{
    /// <summary>Creates the error.</summary>
    public NumericalException(string message, IReadOnlyList<string>? nodes = null) : base(message)
        => Nodes = nodes ?? [];

    /// <summary>Node labels involved, if identified.</summary>
    public IReadOnlyList<string> Nodes { get; }
}
