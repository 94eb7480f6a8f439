using System.Globalization;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>
/// Parses year lists as the CLI and the catalog write them: <c>2011</c>, <c>1995-2011</c>, <c>1995,2000,2011</c>,
/// <c>1965-2000/5</c> (every fifth year), or a mix separated by commas.
/// </summary>
public static class YearList
{
    /// <summary>Parses and returns the years ascending, without duplicates.</summary>
    /// <exception cref="InvalidExpressionException">Malformed list or a range running backwards.</exception>
    public static IReadOnlyList<int> Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidExpressionException(text ?? "", "empty year list; e.g. 2011, 1995-2011 or 1995,2000,2011");
        var years = new SortedSet<int>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (raw.Length == 0) throw new InvalidExpressionException(text, "empty item in year list");
            var step = 1;
            var body = raw;
            var slash = raw.IndexOf('/');
            if (slash >= 0)
            {
                step = ParseInt(text, raw[(slash + 1)..]);
                if (step <= 0) throw new InvalidExpressionException(text, "step must be positive");
                body = raw[..slash];
            }
            var dash = body.IndexOf('-', 1);
            if (dash > 0)
            {
                var from = ParseYear(text, body[..dash]);
                var to = ParseYear(text, body[(dash + 1)..]);
                if (to < from) throw new InvalidExpressionException(text, $"range {from}-{to} runs backwards");
                for (var y = from; y <= to; y += step) years.Add(y);
            }
            else
            {
                years.Add(ParseYear(text, body));
            }
        }
        return years.ToArray();
    }

    /// <summary>Compact text form, e.g. <c>1995-2011</c> or <c>1995,2000,2011</c>.</summary>
    public static string Format(IReadOnlyList<int> years)
    {
        if (years.Count == 0) return "";
        var parts = new List<string>();
        var start = years[0];
        var prev = start;
        for (var i = 1; i <= years.Count; i++)
        {
            if (i < years.Count && years[i] == prev + 1) { prev = years[i]; continue; }
            parts.Add(start == prev ? $"{start}" : $"{start}-{prev}");
            if (i < years.Count) start = prev = years[i];
        }
        return string.Join(",", parts);
    }

    private static int ParseYear(string text, string s)
    {
        var y = ParseInt(text, s);
        if (y < 1900 || y > 2100) throw new InvalidExpressionException(text, $"'{s}' is not a year");
        return y;
    }

    private static int ParseInt(string text, string s) =>
        int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidExpressionException(text, $"'{s}' is not a number");
}
