namespace SupplyChainNotebooks.Errors;

/// <summary>A node-set expression, a year list or another small user expression cannot be parsed.</summary>
public sealed class InvalidExpressionException : SupplyChainException
{
    /// <summary>Creates the error; the message quotes the expression and says what is wrong.</summary>
    public InvalidExpressionException(string expression, string problem)
        : base($"invalid expression '{expression}': {problem}")
    {
        Expression = expression;
    }

    /// <summary>The expression as given.</summary>
    public string Expression { get; }
}
