namespace SupplyChainNotebooks.Errors;

/// <summary>
/// A country, industry, node, item or parameter name that does not exist in the table or list it was looked up in.
/// The message lists the closest valid names.
/// </summary>
public sealed class UnknownLabelException : SupplyChainException
{
    /// <summary>Creates the error.</summary>
    /// <param name="kind">What was looked up ("country", "industry", "node", …).</param>
    /// <param name="label">The label as given.</param>
    /// <param name="context">Where it was looked up (e.g. "wiod2013 2011" or an expression).</param>
    /// <param name="valid">All valid labels; the closest few are quoted in the message.</param>
    public UnknownLabelException(string kind, string label, string context, IEnumerable<string> valid)
        : base(Format(kind, label, context, valid, out var nearby))
    {
        Kind = kind;
        Label = label;
        Nearby = nearby;
    }

    /// <summary>What was looked up.</summary>
    public string Kind { get; }

    /// <summary>The unknown label.</summary>
    public string Label { get; }

    /// <summary>The closest valid labels, best first.</summary>
    public IReadOnlyList<string> Nearby { get; }

    private static string Format(string kind, string label, string context, IEnumerable<string> valid, out IReadOnlyList<string> nearby)
    {
        nearby = LabelDistance.Closest(label, valid, 6);
        var list = nearby.Count == 0 ? "" : $"; valid nearby: {string.Join(", ", nearby)}";
        return $"unknown {kind} '{label}' in {context}{list}";
    }
}
