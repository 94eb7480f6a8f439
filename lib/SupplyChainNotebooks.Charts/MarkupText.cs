namespace SupplyChainNotebooks.Charts;

/// <summary>
/// Minimal escaping for text that ends up in markup which is not full HTML — markdown prose and plotly.js labels and
/// hover templates: &amp;, &lt; and &gt; only, so Unicode (·, ², →) stays readable.
/// </summary>
public static class MarkupText
{
    /// <summary>The text with &amp;, &lt; and &gt; replaced by entities.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
