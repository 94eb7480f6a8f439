using System.Text.Json;
using System.Text.Json.Nodes;
using SupplyChainNotebooks.Policy;

namespace SupplyChainNotebooks.Tests.Policy;

/// <summary>A temporary copy of data/policy that a test may edit, to show that outputs follow the records.</summary>
public sealed class PolicyRecordCopy : IDisposable
{
    public PolicyRecordCopy()
    {
        Folder = Path.Combine(Path.GetTempPath(), "scn-policy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var f in Directory.GetFiles(PolicyRecordLoader.DefaultFolder, "*.json"))
            File.Copy(f, Path.Combine(Folder, Path.GetFileName(f)));
    }

    public string Folder { get; }

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>Applies <paramref name="edit"/> to the record with <paramref name="id"/> (wherever it is) and rewrites the file.</summary>
    public void Edit(string id, Action<JsonObject> edit)
    {
        foreach (var file in Directory.GetFiles(Folder, "*.json"))
        {
            var root = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
            var record = root.OfType<JsonObject>().FirstOrDefault(o => (string?)o["id"] == id);
            if (record is null) continue;
            edit(record);
            File.WriteAllText(file, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return;
        }
        throw new InvalidOperationException($"no record '{id}' in the copy");
    }

    /// <summary>Removes a record from its file.</summary>
    public void Remove(string id)
    {
        foreach (var file in Directory.GetFiles(Folder, "*.json"))
        {
            var root = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
            var record = root.OfType<JsonObject>().FirstOrDefault(o => (string?)o["id"] == id);
            if (record is null) continue;
            root.Remove(record);
            File.WriteAllText(file, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        throw new InvalidOperationException($"no record '{id}' in the copy");
    }

    public PolicyRecordSet Load() => PolicyRecordLoader.LoadFolder(Folder);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
