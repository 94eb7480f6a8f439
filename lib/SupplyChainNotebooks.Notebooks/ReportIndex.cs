using System.Globalization;
using System.Net;
using System.Text;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>The report's index page: one line per notebook run with status, time, datasets and links.</summary>
public static class ReportIndex
{
    /// <summary>The index of a set of runs.</summary>
    public static string Render(IReadOnlyList<NotebookRun> runs, TimeSpan total)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var first = runs.FirstOrDefault()?.Provenance;
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SupplyChainNotebooks report</title><style>")
            .Append(ReportPage.Css).Append("</style></head><body><h1>SupplyChainNotebooks — report</h1>")
            .Append("<p>KIEP Working Paper 23-10, <i>Japan's Global Supply Chain Risk Management and Korea–Japan Cooperation</i> (2023), re-run chapter by chapter. ")
            .Append("Every page opens offline; every table has a CSV download; the executed notebooks (.ipynb) carry the same provenance in their first cell and their metadata.</p>");
        if (first is not null)
        {
            sb.Append("<section class=\"provenance\"><table>")
              .Append("<tr><th>generated</th><td>").Append(E(string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, {runs.Count} notebooks in {total.TotalSeconds:F1} s"))).Append("</td></tr>")
              .Append("<tr><th>git commit</th><td><code>").Append(E(first.CommitText)).Append("</code></td></tr>")
              .Append("<tr><th>numerical backend</th><td>").Append(E(first.Backend)).Append("</td></tr>")
              .Append("<tr><th>runtime</th><td>").Append(E(first.Runtime)).Append("</td></tr></table></section>");
        }
        sb.Append("<table class=\"runs\"><thead><tr><th>notebook</th><th>status</th><th>cells</th><th>time</th><th>datasets</th><th>parameters set</th><th>files</th></tr></thead><tbody>");
        foreach (var r in runs)
        {
            var status = r.Failure is { } f
                ? $"<span style=\"color:#b00\">FAILED at cell {f.Cell}: {E(f.FirstLine)}</span>"
                : "<span style=\"color:#080\">ok</span>";
            var overridden = r.Provenance.Parameters.Where(p => p.Overridden).Select(p => $"{p.Name} = {p.ValueCode}").ToArray();
            sb.Append("<tr><td><a href=\"").Append(E(r.Name)).Append(".html\">").Append(E(r.Title)).Append("</a><br><code>").Append(E(r.Name)).Append("</code></td>")
              .Append("<td>").Append(status).Append("</td>")
              .Append("<td>").Append(r.Cells.Count).Append(" of ").Append(r.CodeCellCount).Append("</td>")
              .Append("<td>").Append(r.Provenance.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)).Append(" s</td>")
              .Append("<td>").Append(E(string.Join(", ", r.Provenance.DatasetIds))).Append("</td>")
              .Append("<td>").Append(E(overridden.Length == 0 ? "defaults" : string.Join("; ", overridden))).Append("</td>")
              .Append("<td><a href=\"").Append(E(r.Name)).Append(".html\">page</a> · <a href=\"").Append(E(r.Name)).Append(".ipynb\">ipynb</a></td></tr>");
        }
        return sb.Append("</tbody></table></body></html>").ToString();
    }
}
