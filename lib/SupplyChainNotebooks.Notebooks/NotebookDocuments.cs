using System.Text;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// Reading and writing notebooks (<c>.ipynb</c> Jupyter JSON and <c>.dib</c> Polyglot files) with the C# kernel
/// metadata that VS Code Polyglot Notebooks and the .NET Jupyter kernel expect: <c>kernelspec</c> <c>.net-csharp</c>,
/// <c>language_info</c> C#, and <c>polyglot_notebook.kernelInfo</c> with <c>csharp</c> as default kernel.
/// </summary>
public static class NotebookDocuments
{
    /// <summary>Cell tag marking the parameters cell (papermill convention).</summary>
    public const string ParametersTag = "parameters";

    /// <summary>Cell tag of the markdown cell with the run's provenance that the runner puts at the top of the executed notebook.</summary>
    public const string ProvenanceTag = "scn-provenance";

    /// <summary>Cell tag of the cell the runner inserts after the parameters cell.</summary>
    public const string InjectedParametersTag = "injected-parameters";

    /// <summary>The kernels a notebook of this project may name.</summary>
    public static KernelInfoCollection KernelInfos()
    {
        var infos = new KernelInfoCollection { new(NotebookKernel.CSharp, languageName: "C#", aliases: ["c#", "C#", "cs"]) };
        infos.DefaultKernelName = NotebookKernel.CSharp;
        return infos;
    }

    /// <summary>Reads a <c>.ipynb</c> or <c>.dib</c> file.</summary>
    /// <exception cref="Errors.DataFormatException">The file is not a readable notebook.</exception>
    public static InteractiveDocument Load(string path)
    {
        if (!File.Exists(path)) throw new Errors.SupplyChainException($"notebook '{path}' does not exist");
        var text = File.ReadAllText(path, Encoding.UTF8);
        try
        {
            return path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase)
                ? CodeSubmission.Parse(text, KernelInfos())
                : Notebook.Parse(text, KernelInfos());
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new Errors.DataFormatException(path, null, null, $"not a readable notebook: {e.Message}", e);
        }
    }

    /// <summary>True for cells that are executed (code cells of a .NET kernel).</summary>
    public static bool IsCode(InteractiveDocumentElement element) =>
        element.KernelName is not null && !string.Equals(element.KernelName, "markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tags of a cell (<c>metadata.tags</c>), empty when none.</summary>
    public static IReadOnlyList<string> Tags(InteractiveDocumentElement element)
    {
        if (element.Metadata is null || !element.Metadata.TryGetValue("tags", out var value) || value is null) return [];
        return value switch
        {
            string s => [s],
            IEnumerable<string> list => list.ToArray(),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } array =>
                array.EnumerateArray().Select(e => e.ToString()).ToArray(),
            System.Collections.IEnumerable items => items.Cast<object?>().Select(o => o?.ToString() ?? "").ToArray(),
            _ => [],
        };
    }

    /// <summary>Jupyter JSON of a document with the project's C# kernel metadata.</summary>
    public static string ToJson(InteractiveDocument document)
    {
        document.Metadata.Remove("kernelInfo");
        document.Metadata.Remove("polyglot_notebook");
        var json = System.Text.Json.Nodes.JsonNode.Parse(document.ToJupyterJson("C#"))!.AsObject();
        // Polyglot Notebooks reads metadata.polyglot_notebook.kernelInfo; the serializer of this release writes the
        // collection without that level, so the metadata is set here as VS Code itself saves it.
        var metadata = json["metadata"]!.AsObject();
        metadata.Remove("kernelInfo");
        metadata["polyglot_notebook"] = new System.Text.Json.Nodes.JsonObject
        {
            ["kernelInfo"] = new System.Text.Json.Nodes.JsonObject
            {
                ["defaultKernelName"] = NotebookKernel.CSharp,
                ["items"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["aliases"] = new System.Text.Json.Nodes.JsonArray(),
                    ["languageName"] = "C#",
                    ["name"] = NotebookKernel.CSharp,
                }),
            },
        };
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>Writes a document as <c>.ipynb</c>.</summary>
    public static void Save(InteractiveDocument document, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToJson(document), new UTF8Encoding(false));
    }
}
