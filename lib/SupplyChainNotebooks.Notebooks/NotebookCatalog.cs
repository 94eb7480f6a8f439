using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>The chapter notebooks of the checkout (<c>notebooks/*.ipynb</c>, reading order = file name order).</summary>
public static class NotebookCatalog
{
    /// <summary>Prefix of files that are not chapters (e.g. <c>_setup.dib</c>).</summary>
    public const string PrivatePrefix = "_";

    /// <summary>The notebooks folder of the checkout.</summary>
    public static string Folder => Path.Combine(RepositoryLayout.RequireRoot(), "notebooks");

    /// <summary>Every chapter notebook, in reading order.</summary>
    public static IReadOnlyList<string> All(string? folder = null)
    {
        folder ??= Folder;
        if (!Directory.Exists(folder)) throw new SupplyChainException($"notebooks folder '{folder}' does not exist");
        return Directory.GetFiles(folder, "*.ipynb")
            .Where(p => !Path.GetFileName(p).StartsWith(PrivatePrefix, StringComparison.Ordinal))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// A notebook by path (<c>notebooks/03-ptf-risk.ipynb</c>), full name (<c>03-ptf-risk</c>) or number prefix (<c>03</c>).
    /// </summary>
    /// <exception cref="UnknownLabelException">No such notebook; the message lists the closest names.</exception>
    public static string Resolve(string nameOrPath, string? folder = null)
    {
        if ((nameOrPath.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
            && File.Exists(nameOrPath))
            return Path.GetFullPath(nameOrPath);
        var all = All(folder);
        var names = all.ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase);
        var key = Path.GetFileNameWithoutExtension(nameOrPath);
        if (names.TryGetValue(key, out var exact)) return exact;
        var prefixed = all.Where(p => Path.GetFileName(p).StartsWith(key + "-", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (prefixed.Length == 1) return prefixed[0];
        throw new UnknownLabelException("notebook", nameOrPath, folder ?? "notebooks/", names.Keys);
    }
}
