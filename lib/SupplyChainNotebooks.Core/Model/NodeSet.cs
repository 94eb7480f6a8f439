using System.Collections.Immutable;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>
/// A set of nodes of one table, resolved from an expression. Grammar (whitespace ignored):
/// <code>
/// set   := term ('+' term)*                       union
/// term  := '*'                                    every node
///        | countries ':' industries               e.g. AUS:C10T14, AUS,BRA,CAN:C10T14, *:C30T33, KOR:C30T33,C34T35
///        | COUNTRY                                every industry of a country, e.g. CHN
///        | COUNTRY_INDUSTRY                       one node label, e.g. JPN_C30T33
/// countries, industries := '*' | code (',' code)*
/// </code>
/// Country codes are compared case-insensitively (WIOD writes <c>RoW</c>); industry codes exactly, then
/// case-insensitively as a fallback.
/// </summary>
public sealed class NodeSet
{
    private readonly bool[] _member;

    private NodeSet(MrioTable table, string expression, int[] sortedIndices)
    {
        Table = table;
        Expression = expression;
        Indices = ImmutableArray.Create(sortedIndices);
        _member = new bool[table.NodeCount];
        foreach (var i in sortedIndices) _member[i] = true;
    }

    /// <summary>The table the indices refer to.</summary>
    public MrioTable Table { get; }

    /// <summary>The expression the set was built from (canonical text for derived sets).</summary>
    public string Expression { get; }

    /// <summary>Node indices in ascending (table) order, without duplicates.</summary>
    public ImmutableArray<int> Indices { get; }

    /// <summary>Number of nodes.</summary>
    public int Count => Indices.Length;

    /// <summary>Node labels in table order.</summary>
    public IEnumerable<string> Labels => Indices.Select(i => Table.Nodes[i].Label);

    /// <summary>Countries that have at least one node in the set, in table order.</summary>
    public IReadOnlyList<string> Countries =>
        Indices.Select(i => Table.Nodes[i].Country).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>True if node <paramref name="index"/> is in the set.</summary>
    public bool Contains(int index) => _member[index];

    /// <summary>A 0/1 membership mask of length n (the diagonal of D_R).</summary>
    public ReadOnlySpan<bool> Mask => _member;

    /// <summary>Parses and resolves an expression against a table.</summary>
    /// <exception cref="InvalidExpressionException">Empty or malformed expression.</exception>
    /// <exception cref="UnknownLabelException">A country, industry or node that the table does not have.</exception>
    public static NodeSet Resolve(MrioTable table, string expression)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (string.IsNullOrWhiteSpace(expression))
            throw new InvalidExpressionException(expression ?? "", "empty set expression; e.g. CHN, AUS:C10T14, *:C30T33, KOR+JPN");
        var picked = new SortedSet<int>();
        foreach (var rawTerm in expression.Split('+'))
        {
            var term = rawTerm.Trim();
            if (term.Length == 0) throw new InvalidExpressionException(expression, "empty term around '+'");
            foreach (var i in ResolveTerm(table, expression, term)) picked.Add(i);
        }
        return new NodeSet(table, expression.Trim(), picked.ToArray());
    }

    /// <summary>A set from explicit indices (validated against the table).</summary>
    public static NodeSet FromIndices(MrioTable table, IEnumerable<int> indices, string? expression = null)
    {
        var sorted = new SortedSet<int>();
        foreach (var i in indices)
        {
            if ((uint)i >= (uint)table.NodeCount) throw new ArgumentOutOfRangeException(nameof(indices), $"node index {i} outside 0..{table.NodeCount - 1}");
            sorted.Add(i);
        }
        var arr = sorted.ToArray();
        return new NodeSet(table, expression ?? string.Join("+", arr.Select(i => table.Nodes[i].Label)), arr);
    }

    /// <summary>Union of two sets of the same table.</summary>
    public NodeSet Union(NodeSet other)
    {
        SameTable(other);
        return new NodeSet(Table, $"{Expression}+{other.Expression}", Indices.Union(other.Indices).Order().ToArray());
    }

    /// <summary>The nodes of this set that are not in <paramref name="other"/>.</summary>
    public NodeSet Except(NodeSet other)
    {
        SameTable(other);
        return new NodeSet(Table, $"({Expression})-({other.Expression})", Indices.Where(i => !other.Contains(i)).ToArray());
    }

    /// <summary>True when the two sets share no node.</summary>
    public bool IsDisjointFrom(NodeSet other) => !Indices.Any(other.Contains);

    /// <inheritdoc />
    public override string ToString() => $"{Expression} ({Count} nodes)";

    private void SameTable(NodeSet other)
    {
        if (!ReferenceEquals(Table, other.Table))
            throw new ArgumentException("node sets belong to different tables", nameof(other));
    }

    private static IEnumerable<int> ResolveTerm(MrioTable table, string expression, string term)
    {
        if (term == "*") return Enumerable.Range(0, table.NodeCount);
        var colon = term.IndexOf(':');
        if (colon >= 0)
        {
            var countryPart = term[..colon].Trim();
            var industryPart = term[(colon + 1)..].Trim();
            if (countryPart.Length == 0 || industryPart.Length == 0)
                throw new InvalidExpressionException(expression, $"term '{term}' needs countries before ':' and industries after it");
            var countries = countryPart == "*" ? table.Countries.ToArray() : SplitList(expression, countryPart).Select(c => CheckCountry(table, c)).ToArray();
            var industries = industryPart == "*" ? table.Industries.ToArray() : SplitList(expression, industryPart).Select(i => CheckIndustry(table, i)).ToArray();
            var result = new List<int>();
            foreach (var c in countries)
            {
                var found = false;
                foreach (var ind in industries)
                {
                    if (table.TryIndexOf($"{c}_{ind}", out var idx)) { result.Add(idx); found = true; }
                    else if (countryPart != "*" && industryPart != "*")
                        throw new UnknownLabelException("node", $"{c}_{ind}", table.Describe(), table.Nodes.Select(x => x.Label));
                }
                if (!found && countryPart != "*" && industryPart == "*")
                    throw new UnknownLabelException("country", c, table.Describe(), table.Countries);
            }
            return result;
        }
        if (table.HasCountry(term)) return table.NodesOf(term);
        if (table.TryIndexOf(term, out var node)) return [node];
        if (term.Contains('_'))
            throw new UnknownLabelException("node", term, table.Describe(), table.Nodes.Select(x => x.Label));
        throw new UnknownLabelException("country", term, $"{table.Describe()} (a term is COUNTRY, COUNTRY:INDUSTRY or COUNTRY_INDUSTRY)", table.Countries);
    }

    private static string[] SplitList(string expression, string list)
    {
        var parts = list.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0)) throw new InvalidExpressionException(expression, $"empty code in list '{list}'");
        return parts;
    }

    private static string CheckCountry(MrioTable table, string code)
    {
        if (!table.HasCountry(code)) throw new UnknownLabelException("country", code, table.Describe(), table.Countries);
        return table.Countries.First(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
    }

    private static string CheckIndustry(MrioTable table, string code)
    {
        if (table.Industries.Contains(code)) return code;
        var relaxed = table.Industries.FirstOrDefault(i => string.Equals(i, code, StringComparison.OrdinalIgnoreCase));
        return relaxed ?? throw new UnknownLabelException("industry", code, table.Describe(), table.Industries);
    }
}
