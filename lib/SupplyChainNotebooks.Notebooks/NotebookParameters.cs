using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.DotNet.Interactive.Documents;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// Papermill-style parameters: the first code cell of a notebook, tagged <c>parameters</c>, declares typed defaults
/// (<c>int year = 2011; // table year</c>). <see cref="Bind"/> checks <c>-p NAME=VALUE</c> overrides against those
/// declarations — unknown names and values of the wrong type are refused before anything runs — and produces the
/// assignments of the injected cell, each value converted to a typed C# literal (strings escaped by Roslyn), never
/// spliced into code as text.
/// </summary>
public static class NotebookParameters
{
    /// <summary>The declarations of a notebook's parameters cell (empty list when the notebook has none).</summary>
    /// <exception cref="SupplyChainException">The parameters cell declares something that is not a supported typed parameter.</exception>
    public static IReadOnlyList<NotebookParameter> Of(InteractiveDocument document, string notebookName)
    {
        var cell = ParametersCell(document);
        return cell is null ? [] : Parse(cell.Contents, notebookName);
    }

    /// <summary>The cell tagged <c>parameters</c>, or null.</summary>
    public static InteractiveDocumentElement? ParametersCell(InteractiveDocument document) =>
        document.Elements.FirstOrDefault(e => NotebookDocuments.IsCode(e) && NotebookDocuments.Tags(e).Contains(NotebookDocuments.ParametersTag));

    /// <summary>Parses the declarations of a parameters cell.</summary>
    /// <exception cref="SupplyChainException">A declaration without a supported type or initialiser.</exception>
    public static IReadOnlyList<NotebookParameter> Parse(string code, string notebookName)
    {
        var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        var text = tree.GetText();
        var result = new List<NotebookParameter>();
        foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<VariableDeclarationSyntax>())
        {
            if (declaration.Parent is not (FieldDeclarationSyntax or LocalDeclarationStatementSyntax)) continue;
            var typeName = declaration.Type.ToString();
            foreach (var variable in declaration.Variables)
            {
                var line = text.Lines.GetLineFromPosition(variable.SpanStart).LineNumber + 1;
                var where = $"{notebookName}, parameters cell line {line}";
                if (variable.Initializer is null) throw new SupplyChainException($"{where}: parameter '{variable.Identifier.Text}' needs a default value");
                var (kind, nullable) = KindOf(typeName, variable.Initializer.Value, where);
                result.Add(new NotebookParameter(variable.Identifier.Text, kind, nullable, typeName == "var" ? KindName(kind) : typeName,
                    variable.Initializer.Value.ToString(), CommentOn(declaration.Parent!, text)));
            }
        }
        return result;
    }

    /// <summary>
    /// Checks overrides against the declarations and returns their literals, in declaration order.
    /// </summary>
    /// <exception cref="SupplyChainException">Unknown name (the message lists the parameters) or a value that is not of the declared type.</exception>
    public static IReadOnlyList<ParameterValue> Bind(IReadOnlyList<NotebookParameter> declared, IReadOnlyDictionary<string, string> overrides, string notebookName)
    {
        var values = new List<ParameterValue>();
        foreach (var (name, text) in overrides)
        {
            var p = declared.FirstOrDefault(d => d.Name == name);
            if (p is null)
            {
                var known = declared.Count == 0 ? "it declares no parameters" : "its parameters are " + string.Join(", ", declared.Select(d => $"{d.Name} ({d.TypeName})"));
                var near = LabelDistance.Closest(name, declared.Select(d => d.Name), 1);
                throw new SupplyChainException($"notebook {notebookName} has no parameter '{name}'{(near.Count > 0 ? $" (did you mean '{near[0]}'?)" : "")}; {known}");
            }
            values.Add(new ParameterValue(name, text, Literal(p, text, notebookName)));
        }
        return values.OrderBy(v => declared.ToList().FindIndex(d => d.Name == v.Name)).ToArray();
    }

    /// <summary>The code of the injected cell: one assignment per override, each a typed literal.</summary>
    public static string InjectedCode(IReadOnlyList<ParameterValue> values)
    {
        var lines = new List<string> { "// Injected by the headless runner (./scn notebooks run … -p NAME=VALUE): values override the parameters cell." };
        lines.AddRange(values.Select(v => $"{v.Name} = {v.Literal};"));
        return string.Join("\n", lines);
    }

    /// <summary>The C# literal for a command-line value of a parameter.</summary>
    /// <exception cref="SupplyChainException">The value is not of the declared type.</exception>
    public static string Literal(NotebookParameter p, string text, string notebookName)
    {
        string Wrong(string expected) => throw new SupplyChainException(
            $"notebook {notebookName}: parameter '{p.Name}' is {p.TypeName} ({p.Description}); '{text}' is not {expected}");
        if (p.Nullable && text.Trim() == "null") return "null";
        var invariant = CultureInfo.InvariantCulture;
        switch (p.Kind)
        {
            case ParameterKind.String:
                return SymbolDisplay.FormatLiteral(text, quote: true);
            case ParameterKind.Int:
                return int.TryParse(text.Trim(), NumberStyles.Integer, invariant, out var i) ? i.ToString(invariant) : Wrong("an integer");
            case ParameterKind.Long:
                return long.TryParse(text.Trim(), NumberStyles.Integer, invariant, out var l) ? l.ToString(invariant) + "L" : Wrong("an integer");
            case ParameterKind.Double:
                return double.TryParse(text.Trim(), NumberStyles.Float, invariant, out var d) && double.IsFinite(d)
                    ? DoubleLiteral(d) : Wrong("a finite number (invariant culture, e.g. 0.5 or 1e-3)");
            case ParameterKind.Bool:
                return text.Trim().ToLowerInvariant() switch { "true" => "true", "false" => "false", _ => Wrong("true or false") };
            case ParameterKind.StringArray:
                return "new string[] { " + string.Join(", ", Split(text).Select(s => SymbolDisplay.FormatLiteral(s, quote: true))) + " }";
            default:
                try
                {
                    var years = text.Contains('-', StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal)
                        ? Model.YearList.Parse(text).ToArray()
                        : Split(text).Select(s => int.Parse(s, NumberStyles.Integer, invariant)).ToArray();
                    return "new int[] { " + string.Join(", ", years.Select(y => y.ToString(invariant))) + " }";
                }
                catch (Exception e) when (e is FormatException or OverflowException or SupplyChainException)
                {
                    return Wrong("a list of integers (1995,2000,2011 or 1995-2011)");
                }
        }
    }

    private static string DoubleLiteral(double d)
    {
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }

    private static string[] Split(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static (ParameterKind, bool) KindOf(string typeName, ExpressionSyntax initializer, string where)
    {
        var nullable = typeName.EndsWith('?');
        var bare = typeName.TrimEnd('?').Trim();
        if (bare == "var")
        {
            return (initializer.Kind() switch
            {
                SyntaxKind.StringLiteralExpression => ParameterKind.String,
                SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => ParameterKind.Bool,
                SyntaxKind.NumericLiteralExpression when initializer.ToString().Contains('.', StringComparison.Ordinal) => ParameterKind.Double,
                SyntaxKind.NumericLiteralExpression => ParameterKind.Int,
                _ => throw new SupplyChainException($"{where}: 'var' parameters need a literal default; declare the type (string, int, double, bool, string[], int[])"),
            }, false);
        }
        return (bare switch
        {
            "string" or "System.String" => ParameterKind.String,
            "int" or "System.Int32" => ParameterKind.Int,
            "long" or "System.Int64" => ParameterKind.Long,
            "double" or "System.Double" => ParameterKind.Double,
            "bool" or "System.Boolean" => ParameterKind.Bool,
            "string[]" => ParameterKind.StringArray,
            "int[]" => ParameterKind.IntArray,
            _ => throw new SupplyChainException($"{where}: parameter type '{typeName}' is not supported (use string, int, long, double, bool, string[] or int[], optionally nullable)"),
        }, nullable);
    }

    private static string KindName(ParameterKind kind) => kind switch
    {
        ParameterKind.String => "string",
        ParameterKind.Int => "int",
        ParameterKind.Long => "long",
        ParameterKind.Double => "double",
        ParameterKind.Bool => "bool",
        ParameterKind.StringArray => "string[]",
        _ => "int[]",
    };

    private static string CommentOn(SyntaxNode declaration, Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var comment = declaration.GetTrailingTrivia().Concat(declaration.DescendantTrivia())
            .FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) &&
                                 text.Lines.GetLineFromPosition(t.SpanStart).LineNumber == text.Lines.GetLineFromPosition(declaration.Span.End).LineNumber);
        return comment == default ? "" : comment.ToString().TrimStart('/').Trim();
    }
}
