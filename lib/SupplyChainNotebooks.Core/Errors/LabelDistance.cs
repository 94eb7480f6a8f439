namespace SupplyChainNotebooks.Errors;

/// <summary>Ranks candidate labels by closeness to a misspelt one (case-insensitive edit distance, prefix bonus).</summary>
public static class LabelDistance
{
    /// <summary>Returns up to <paramref name="count"/> distinct candidates closest to <paramref name="label"/>.</summary>
    public static IReadOnlyList<string> Closest(string label, IEnumerable<string> candidates, int count)
    {
        var target = label.ToUpperInvariant();
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (c, d: Score(target, c.ToUpperInvariant())))
            .OrderBy(t => t.d).ThenBy(t => t.c, StringComparer.Ordinal)
            .Take(count)
            .Select(t => t.c)
            .ToArray();
    }

    private static int Score(string a, string b)
    {
        var d = Levenshtein(a, b);
        return b.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(b, StringComparison.Ordinal) ? d - 1 : d;
    }

    /// <summary>
    /// Edit distance counting insertions, deletions, substitutions and transpositions of adjacent characters as 1
    /// (optimal string alignment), so "KRO" is one step from "KOR".
    /// </summary>
    public static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
