using System.Globalization;
using System.Net;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// How <see cref="CoefficientDiagnostics"/> looks in a notebook: one line when A is fine (every column sum below 1, so
/// the Leontief inverse is a convergent walk sum), otherwise a warning box with the warnings and the worst columns — the
/// same warnings <c>scn ptf</c> prints on stderr. Every label is HTML-escaped.
/// </summary>
public static class DiagnosticsDisplay
{
    /// <summary>The HTML of the diagnostics.</summary>
    public static string ToHtml(CoefficientDiagnostics d)
    {
        ArgumentNullException.ThrowIfNull(d);
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string N(double v) => v.ToString("F4", CultureInfo.InvariantCulture);
        var rho = d.SpectralRadius is { } r ? $"spectral radius ρ(A) = {N(r)}" : $"ρ(A) ≤ {N(d.SpectralRadiusUpperBound)} (largest column sum)";
        var zero = d.ZeroOutputNodes.Count == 0 ? "" : $"; {d.ZeroOutputNodes.Count} node(s) with zero output (their columns of A are zero)";
        if (d.Warnings.Count == 0)
            return $"<div class=\"scn-diagnostics\" style=\"font-size:12px;color:#2e6b2e;margin:6px 0\">Coefficient check passed: every column of A sums to below 1 "
                + $"(largest {E(N(d.MaxColumnSum))}), {E(rho)}{E(zero)} — the Leontief inverse is a convergent walk sum.</div>";
        var html = new System.Text.StringBuilder("<div class=\"scn-diagnostics scn-warning\" style=\"background:#fff4e5;border:1px solid #e0a040;padding:6px 12px;margin:6px 0;font-size:13px\">")
            .Append("<b>Coefficient warning</b><ul>");
        foreach (var w in d.Warnings) html.Append("<li>").Append(E(w)).Append("</li>");
        html.Append("</ul><div style=\"font-size:12px\">").Append(E(rho + zero)).Append(". Columns of A summing to ≥ 1 come from negative value added, rounding of tiny sectors or data errors; ")
            .Append("with ρ(A) ≥ 1 PTF and the walk decomposition are meaningless (methodology §1.2, §1.8).</div>");
        if (d.WorstColumns.Count > 0)
        {
            var table = new ResultTable("Columns of A summing to ≥ 1 (worst first)",
                [new TableColumn("node"), new TableColumn("column sum of A", "F6"), new TableColumn("gross output", "G6")],
                d.WorstColumns.Select(c => (IReadOnlyList<object?>)[c.Node, c.ColumnSum, c.GrossOutput]).ToArray());
            html.Append(table.ToHtml());
        }
        return html.Append("</div>").ToString();
    }
}
