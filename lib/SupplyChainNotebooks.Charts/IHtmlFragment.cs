namespace SupplyChainNotebooks.Charts;

/// <summary>
/// A value that renders itself as a self-contained HTML fragment (chart, result table, environment report). The
/// notebook setup registers one <c>text/html</c> formatter for every such type; the report pages embed the fragment
/// as it was displayed.
/// </summary>
public interface IHtmlFragment
{
    /// <summary>The HTML; every string taken from data is HTML-escaped.</summary>
    string ToHtml();
}
