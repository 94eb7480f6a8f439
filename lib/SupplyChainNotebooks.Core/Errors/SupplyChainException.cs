namespace SupplyChainNotebooks.Errors;

/// <summary>
/// Base class of every error the project raises on purpose. The command-line tool prints <see cref="Exception.Message"/>
/// as one line and exits with code 2; anything else is a bug and shows a stack trace.
/// </summary>
public class SupplyChainException : Exception
{
    /// <summary>Creates the error with a message that names the input and, where known, its location.</summary>
    public SupplyChainException(string message) : base(message) { }

    /// <summary>Creates the error wrapping the low-level cause.</summary>
    public SupplyChainException(string message, Exception inner) : base(message, inner) { }
}
