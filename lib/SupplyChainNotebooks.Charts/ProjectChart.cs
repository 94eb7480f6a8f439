using System.Globalization;
using System.Net;
using Plotly.NET;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// A Plotly.NET chart built by the project's helpers (title, axis titles with units, hover text and theme already set).
/// Renders as an HTML fragment that draws with the page's plotly.js (<see cref="PlotlyJs"/>), so a page or notebook
/// carries the library once however many charts it shows; <see cref="ToStandaloneHtml"/> gives a single-chart page.
/// </summary>
public sealed class ProjectChart : IHtmlFragment
{
    private static int s_counter;

    /// <summary>Wraps a chart whose layout has been themed.</summary>
    public ProjectChart(GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("a chart needs a title", nameof(title));
        Chart = chart;
        Title = title;
        Id = "scn-chart-" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
    }

    /// <summary>The Plotly.NET chart (for further styling inside the library or export).</summary>
    public GenericChart Chart { get; }

    /// <summary>Chart title.</summary>
    public string Title { get; }

    /// <summary>Element id of the chart's div (unique per process).</summary>
    public string Id { get; }

    /// <summary>Number of traces (the report test checks that the browser drew this many).</summary>
    public int TraceCount => GenericChart.countTrace(Chart);

    /// <summary>The figure as plotly.js JSON ({data, layout, frames}), safe to embed in a script element.</summary>
    public string FigureJson() => GenericChart.toFigureJson(Chart)
        .Replace("</", "<\\/", StringComparison.Ordinal)
        .Replace("<!--", "<\\!--", StringComparison.Ordinal);

    /// <inheritdoc />
    public string ToHtml()
    {
        ChartLog.Record(this);
        var height = GenericChart.getLayout(Chart).TryGetPropertyValue("height") is { } h ? Convert.ToInt32(h.Value, CultureInfo.InvariantCulture) : ChartTheme.DefaultHeight;
        var div = $"<div class=\"scn-chart\" id=\"{Id}\" data-traces=\"{TraceCount}\" data-title=\"{WebUtility.HtmlEncode(Title)}\" style=\"width:100%;min-height:{height}px\"></div>";
        var script = "<script>(function(){var fig=" + FigureJson() + ";var el=document.getElementById('" + Id + "');"
            + "var draw=function(){Plotly.newPlot(el,fig.data,fig.layout,{responsive:true,displaylogo:false,toImageButtonOptions:{format:'png',filename:'" + Id + "'}});};"
            + "if(window.Plotly){draw();}else{var tries=0;var wait=setInterval(function(){if(window.Plotly){clearInterval(wait);draw();}"
            + "else if(++tries>100){clearInterval(wait);el.textContent='plotly.js is not loaded: run the notebook from the top (the setup cell loads it).';}},50);}})();</script>";
        return div + "\n" + script;
    }

    /// <summary>A complete offline HTML page with this chart and plotly.js inline.</summary>
    public string ToStandaloneHtml() =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(Title)}</title>{PlotlyJs.ScriptElement()}</head><body>{ToHtml()}</body></html>";

    /// <summary>The title text set on a chart's layout (by the project's theme or by Plotly.NET), or "untitled Plotly.NET chart".</summary>
    public static string TitleOf(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var title = GenericChart.getLayout(chart).TryGetPropertyValue("title")?.Value;
        var text = title switch
        {
            string s => s,
            IDictionary<string, object> d when d.TryGetValue("text", out var t) => t as string,
            DynamicObj.DynamicObj o => o.TryGetPropertyValue("text")?.Value as string,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? "untitled Plotly.NET chart" : text;
    }

    /// <inheritdoc />
    public override string ToString() => $"chart '{Title}' ({TraceCount} traces)";
}
