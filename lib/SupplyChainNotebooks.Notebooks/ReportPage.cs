using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.DotNet.Interactive.Documents;
using SupplyChainNotebooks.Charts;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// The static HTML page of one executed notebook: provenance at the top, markdown rendered, code collapsible, outputs as
/// displayed (charts interactive, tables with CSV links), plotly.js embedded once in the head so the page works
/// offline. Code, text and error outputs are HTML-escaped; HTML outputs come from the project's formatters.
/// </summary>
public static class ReportPage
{
    /// <summary>Shared CSS of report pages.</summary>
    public const string Css = """
        body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;max-width:1100px;margin:0 auto;padding:16px 24px;color:#222;line-height:1.45}
        nav a{font-size:13px} h1{font-size:26px} h2{font-size:20px;margin-top:28px} table{border-collapse:collapse}
        .provenance{background:#f5f7fa;border:1px solid #d8dee6;padding:8px 14px;font-size:12px;margin:12px 0}
        .provenance table td,.provenance table th{padding:2px 8px;border-bottom:1px solid #e3e7ec;text-align:left;vertical-align:top}
        .provenance code{font-size:11px;word-break:break-all}
        .failure{background:#fdecea;border:1px solid #d9534f;padding:8px 14px;margin:12px 0;white-space:pre-wrap}
        details.code{margin:6px 0} details.code summary{cursor:pointer;color:#555;font-size:12px}
        pre{background:#f7f7f7;padding:8px;overflow-x:auto;font-size:12px} pre.stderr,pre.error{background:#fdecea;color:#8a1f11}
        .output{margin:6px 0 14px 0} .md table td,.md table th{border:1px solid #ddd;padding:3px 8px}
        .scn-table{overflow-x:auto;margin:8px 0} details.solution{border-left:3px solid #0072B2;padding-left:10px}
        table.runs{margin-top:12px} table.runs td,table.runs th{padding:4px 12px;text-align:left;vertical-align:top;border-bottom:1px solid #e3e7ec}
        """;

    /// <summary>The page of a run.</summary>
    public static string Render(NotebookRun run, IReadOnlyList<string>? pngFiles = null)
    {
        var html = new StringBuilder();
        var body = RenderCells(run.Executed, out var hasCharts);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(E(run.Title)).Append(" — SupplyChainNotebooks report</title><style>").Append(Css).Append("</style>");
        if (hasCharts) html.Append(PlotlyJs.ScriptElement());
        html.Append("</head><body><nav><a href=\"index.html\">← report index</a> · <a href=\"")
            .Append(E(run.Name)).Append(".ipynb\">executed notebook (.ipynb)</a></nav>");
        if (run.Failure is { } f)
            html.Append("<div class=\"failure\"><b>This run failed</b> at cell ").Append(f.Cell).Append(" of ").Append(f.CellCount)
                .Append(f.TimedOut ? " (time limit)" : "").Append(": ").Append(E(f.Message)).Append("</div>");
        html.Append(Provenance(run.Provenance, pngFiles));
        html.Append("<main>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>The provenance block (also used at the top of the index).</summary>
    public static string Provenance(RunProvenance p, IReadOnlyList<string>? pngFiles = null)
    {
        var sb = new StringBuilder("<section class=\"provenance\"><b>Provenance</b><table>");
        Row(sb, "notebook", E(p.Notebook));
        Row(sb, "run", E(string.Create(CultureInfo.InvariantCulture, $"{p.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC, {p.Elapsed.TotalSeconds:F1} s")));
        Row(sb, "git commit", "<code>" + E(p.CommitText) + "</code>");
        Row(sb, "numerical backend", E(p.Backend));
        Row(sb, "runtime", E(p.Runtime));
        Row(sb, "datasets", E(p.DatasetIds.Count == 0 ? "none read" : string.Join(", ", p.DatasetIds)));
        if (p.DataFiles.Count > 0)
            Row(sb, "data files (SHA-256)", string.Join("<br>", p.DataFiles.Select(f =>
                $"{E(f.DatasetId)}: <code>{E(f.Path)}</code> ({f.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)<br><code>{E(f.Sha256)}</code>")));
        if (p.Parameters.Count > 0)
            Row(sb, "parameters", "<table>" + string.Join("", p.Parameters.Select(x =>
                $"<tr><td><code>{E(x.Name)}</code></td><td><code>{E(x.ValueCode)}</code></td><td>{(x.Overridden ? "<b>set with -p</b>" : "default")}</td><td>{E(x.Description)}</td></tr>")) + "</table>");
        if (pngFiles is { Count: > 0 })
            Row(sb, "PNG charts", string.Join(" · ", pngFiles.Select(f => $"<a href=\"{E(f)}\">{E(Path.GetFileName(f))}</a>")));
        return sb.Append("</table></section>").ToString();
    }

    private static void Row(StringBuilder sb, string key, string valueHtml) =>
        sb.Append("<tr><th>").Append(E(key)).Append("</th><td>").Append(valueHtml).Append("</td></tr>");

    private static string RenderCells(InteractiveDocument document, out bool hasCharts)
    {
        var sb = new StringBuilder();
        hasCharts = false;
        foreach (var cell in document.Elements)
        {
            if (!NotebookDocuments.IsCode(cell))
            {
                if (NotebookDocuments.Tags(cell).Contains(NotebookDocuments.ProvenanceTag)) continue;   // the page has its own block
                sb.Append("<section class=\"md\">").Append(ReportMarkdown.Authored(cell.Contents)).Append("</section>");
                continue;
            }
            var tags = NotebookDocuments.Tags(cell);
            var solution = tags.Contains("solution");
            if (solution) sb.Append("<details class=\"solution\"><summary>Solution (computed)</summary>");
            var label = tags.Contains(NotebookDocuments.ParametersTag) ? " · parameters" : tags.Contains(NotebookDocuments.InjectedParametersTag) ? " · injected parameters" : "";
            sb.Append("<details class=\"code\"").Append(label.Length > 0 ? " open" : "").Append("><summary>In [")
              .Append(cell.ExecutionOrder > 0 ? cell.ExecutionOrder.ToString(CultureInfo.InvariantCulture) : " ").Append("]").Append(E(label))
              .Append("</summary><pre><code>").Append(E(cell.Contents)).Append("</code></pre></details>");
            foreach (var output in cell.Outputs)
            {
                var rendered = RenderOutput(output);
                if (rendered.Contains("class=\"scn-chart\"", StringComparison.Ordinal)) hasCharts = true;
                sb.Append(rendered);
            }
            if (solution) sb.Append("</details>");
        }
        return sb.ToString();
    }

    private static string RenderOutput(InteractiveDocumentOutputElement output)
    {
        switch (output)
        {
            case DisplayElement d: return RenderData(d.Data);
            case ReturnValueElement r: return RenderData(r.Data);
            case TextElement t: return $"<pre class=\"{(t.Name == "stderr" ? "stderr" : "stdout")}\">{E(t.Text)}</pre>";
            case ErrorElement e: return $"<pre class=\"error\">{E(e.ErrorName)}: {E(e.ErrorValue)}</pre>";
            default: return "";
        }
    }

    private static string RenderData(IDictionary<string, object> data)
    {
        string? Get(string mime) => data.TryGetValue(mime, out var v) ? v switch
        {
            string s => s,
            IEnumerable<object> lines => string.Concat(lines),
            _ => v?.ToString(),
        } : null;
        if (Get("text/html") is { } html)
        {
            // The notebook's plotly.js loader: the page carries one copy in its head instead.
            if (html.Contains(PlotlyJs.MarkerAttribute, StringComparison.Ordinal)) return "";
            return "<div class=\"output\">" + html + "</div>";
        }
        if (Get("text/markdown") is { } md) return "<div class=\"output md\">" + ReportMarkdown.Generated(md) + "</div>";
        if (Get("text/plain") is { } text) return "<pre class=\"output\">" + E(text) + "</pre>";
        return "";
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
