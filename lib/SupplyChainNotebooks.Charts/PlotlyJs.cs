using System.Reflection;
using Plotly.NET;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// The plotly.js bundle shipped inside Plotly.NET (version <see cref="Version"/>), so that notebooks and report pages
/// draw charts offline: a page embeds it once and every chart fragment on the page uses it.
/// </summary>
public static class PlotlyJs
{
    /// <summary>plotly.js version embedded in Plotly.NET 6.0.0.</summary>
    public const string Version = "2.28.0";

    /// <summary>Attribute marking the script element that carries the bundle (the report replaces it by one copy per page).</summary>
    public const string MarkerAttribute = "data-scn-plotly";

    private static readonly Lazy<string> s_source = new(() =>
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = $"Plotly.NET.plotly-{Version}.min.js";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource '{name}' not found in {assembly.GetName()}: Plotly.NET version changed?");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The minified bundle.</summary>
    public static string Source => s_source.Value;

    /// <summary>A script element with the bundle inline, marked with <see cref="MarkerAttribute"/>.</summary>
    public static string ScriptElement() =>
        $"<script {MarkerAttribute}=\"{Version}\">{Source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)}</script>";
}
