using Plotly.NET;

namespace SupplyChainNotebooks.Charts;

/// <summary>Builds plotly.js traces as Plotly.NET <see cref="Trace"/> objects (property names as in the plotly.js reference).</summary>
internal static class ChartTraces
{
    public static Trace New(string type, params (string Name, object? Value)[] properties)
    {
        var trace = new Trace(type);
        foreach (var (name, value) in properties)
            if (value is not null) trace.SetProperty(name, value);
        return trace;
    }

    public static GenericChart Combine(IEnumerable<Trace> traces) =>
        GenericChart.ofTraceObjects(true, Microsoft.FSharp.Collections.ListModule.OfSeq(traces));

    /// <summary>Text for plotly's labels and hover templates (pseudo-HTML): &amp;, &lt;, &gt; escaped.</summary>
    public static string Text(string s) => MarkupText.Escape(s);

    public static object?[] Values(IReadOnlyList<double?> values) =>
        values.Select(v => v is { } d && double.IsFinite(d) ? (object)d : null).ToArray();
}
