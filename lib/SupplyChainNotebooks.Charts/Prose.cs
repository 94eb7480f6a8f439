using System.Globalization;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// Markdown written by a cell from computed values (displayed as <c>text/markdown</c>), so numbers in a notebook's prose
/// come from the computation: <c>Prose.Of($"The PTF is {ptf:F3}.")</c>. Interpolated values are formatted in invariant
/// culture and HTML-escaped; undefined numbers (null, NaN) read "n/a".
/// </summary>
/// <param name="Markdown">The markdown text.</param>
public sealed record Prose(string Markdown)
{
    /// <summary>Markdown from an interpolated string (invariant culture, values escaped, null → "n/a").</summary>
    public static Prose Of(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var args = text.GetArguments().Select(a => (object?)(a switch
        {
            null => "n/a",
            double d when !double.IsFinite(d) => "n/a",
            string s => MarkupText.Escape(s),
            IFormattable => a,
            _ => MarkupText.Escape(a.ToString() ?? ""),
        })).ToArray();
        return new Prose(string.Format(CultureInfo.InvariantCulture, text.Format, args));
    }

    /// <inheritdoc />
    public override string ToString() => Markdown;
}
