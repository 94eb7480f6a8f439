using System.Text.RegularExpressions;
using System.Xml.Linq;
using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>notebooks/_setup.dib loads exactly the package versions the projects build with.</summary>
public sealed partial class SetupVersionTests
{
    private static string Root => RepositoryLayout.RequireRoot();

    private static IReadOnlyDictionary<string, string> CentralVersions() =>
        XDocument.Load(Path.Combine(Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<(string Name, string Version)> SetupReferences() =>
        NuGetReference().Matches(File.ReadAllText(Path.Combine(Root, "notebooks", "_setup.dib")))
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToArray();

    [Fact]
    public void Every_nuget_reference_of_the_setup_has_the_central_version()
    {
        var central = CentralVersions();
        var references = SetupReferences();
        Assert.NotEmpty(references);
        foreach (var (name, version) in references)
        {
            Assert.True(central.TryGetValue(name, out var pinned), $"_setup.dib loads {name}, which Directory.Packages.props does not pin");
            Assert.Equal(pinned, version);
        }
    }

    [Fact]
    public void The_setup_loads_the_packages_the_charts_library_is_built_against()
    {
        var names = SetupReferences().Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var project = XDocument.Load(Path.Combine(Root, "lib", "SupplyChainNotebooks.Charts", "SupplyChainNotebooks.Charts.csproj"));
        foreach (var package in new[] { "Deedle", "Plotly.NET", "Plotly.NET.CSharp" })
        {
            Assert.Contains(project.Descendants("PackageReference"), e => (string?)e.Attribute("Include") == package);
            Assert.Contains(package, names);
        }
        Assert.Contains("MathNet.Numerics", names);
    }

    [Fact]
    public void The_setup_references_the_release_build_of_the_library()
    {
        var setup = File.ReadAllText(Path.Combine(Root, "notebooks", "_setup.dib"));
        Assert.Contains($"#r \"{Charts.NotebookSupport.LibraryFolderFromNotebooks}SupplyChainNotebooks.Charts.dll\"", setup);
        Assert.Contains($"#r \"{Charts.NotebookSupport.LibraryFolderFromNotebooks}SupplyChainNotebooks.Core.dll\"", setup);
        Assert.Contains(Charts.NotebookSupport.BuildCommand, setup);
        Assert.True(File.Exists(Path.Combine(Root, "notebooks", Charts.NotebookSupport.LibraryFolderFromNotebooks, "SupplyChainNotebooks.Charts.dll")),
            "the Release build of the Charts library is missing although the test project builds it");
    }

    [GeneratedRegex(@"^#r\s+""nuget:\s*([^,""]+?)\s*,\s*([^""]+?)\s*""", RegexOptions.Multiline)]
    private static partial Regex NuGetReference();
}
