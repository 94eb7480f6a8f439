using System.Net;
using System.Text;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Charts;

/// <summary>The state a notebook runs in: library version and location, data folders, datasets present, numerical backend.</summary>
/// <param name="LibraryVersion">Version of the helper library.</param>
/// <param name="LibraryPath">Where the library was loaded from.</param>
/// <param name="RepositoryRoot">Checkout root (null outside a checkout).</param>
/// <param name="DataFolders">Folders searched for data, with whether each exists.</param>
/// <param name="Datasets">Catalog datasets with the years present locally.</param>
/// <param name="Backend">Dense LU backend in use.</param>
/// <param name="Runtime">.NET runtime.</param>
public sealed record EnvironmentReport(
    string LibraryVersion,
    string LibraryPath,
    string? RepositoryRoot,
    IReadOnlyList<(string Folder, bool Exists)> DataFolders,
    IReadOnlyList<(string Id, string Name, IReadOnlyList<int> YearsPresent, int YearsInCatalog)> Datasets,
    string Backend,
    string Runtime) : IHtmlFragment
{
    /// <summary>Reads the current environment.</summary>
    public static EnvironmentReport Current()
    {
        var folders = DataFolder.Current;
        var catalog = DataCatalog.Default;
        var assembly = typeof(EnvironmentReport).Assembly;
        return new EnvironmentReport(
            assembly.GetName().Version?.ToString() ?? "?",
            assembly.Location,
            RepositoryLayout.Root,
            folders.Candidates.Select(f => (f, Directory.Exists(f))).ToArray(),
            catalog.Datasets.Select(d => (d.Id, d.Name, catalog.AvailableYears(d.Id, folders), d.YearList.Count)).ToArray(),
            LinearAlgebraBackends.Describe(),
            $".NET {System.Environment.Version}");
    }

    /// <summary>Datasets with at least one year present.</summary>
    public IEnumerable<string> PresentDatasets => Datasets.Where(d => d.YearsPresent.Count > 0).Select(d => d.Id);

    /// <inheritdoc />
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder("<div class=\"scn-environment\" style=\"font-size:12px\"><b>SupplyChainNotebooks environment</b><ul>");
        sb.Append($"<li>library {E(LibraryVersion)} ({E(LibraryPath)})</li>");
        sb.Append($"<li>repository {E(RepositoryRoot ?? "not found")}</li>");
        sb.Append($"<li>linear algebra: {E(Backend)}; {E(Runtime)}</li>");
        sb.Append("<li>data folders: ").Append(string.Join("; ", DataFolders.Select(f => E(f.Folder) + (f.Exists ? "" : " (missing)")))).Append("</li>");
        sb.Append("<li>datasets present: ").Append(E(PresentDatasets.Any() ? string.Join(", ", PresentDatasets) : "none")).Append("</li></ul></div>");
        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"SupplyChainNotebooks {LibraryVersion}; backend {Backend}; datasets present: {string.Join(", ", PresentDatasets)}";
}
