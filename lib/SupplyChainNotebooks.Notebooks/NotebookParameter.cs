namespace SupplyChainNotebooks.Notebooks;

/// <summary>Kinds of values a notebook parameter may hold (the C# type of its declaration).</summary>
public enum ParameterKind
{
    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>int</c>.</summary>
    Int,

    /// <summary><c>long</c>.</summary>
    Long,

    /// <summary><c>double</c>.</summary>
    Double,

    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>string[]</c> (comma-separated on the command line).</summary>
    StringArray,

    /// <summary><c>int[]</c> (comma-separated or a year list such as 1995-2011).</summary>
    IntArray,
}

/// <summary>One declaration of a notebook's parameters cell.</summary>
/// <param name="Name">Variable name (the <c>-p NAME=VALUE</c> key).</param>
/// <param name="Kind">Declared type.</param>
/// <param name="Nullable">Declared nullable (<c>double?</c>, <c>string?</c>): the value <c>null</c> is accepted.</param>
/// <param name="TypeName">The type as written in the cell (e.g. <c>double?</c>).</param>
/// <param name="DefaultCode">The initialiser as written in the cell.</param>
/// <param name="Description">The comment on the declaration's line.</param>
public sealed record NotebookParameter(string Name, ParameterKind Kind, bool Nullable, string TypeName, string DefaultCode, string Description);

/// <summary>A parameter value given on the command line, checked and turned into a C# literal.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Text">The value as given.</param>
/// <param name="Literal">The C# literal assigned in the injected cell (never the raw text).</param>
public sealed record ParameterValue(string Name, string Text, string Literal);
