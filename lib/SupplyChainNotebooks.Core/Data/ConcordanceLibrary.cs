using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// The concordances the project ships in <c>data/concordance/*.csv</c> (see <see cref="Concordance"/> for the format),
/// looked up by name for <c>--aggregate NAME[,NAME]</c> and <c>TableLoader.Load(…, aggregate: …)</c>. A value that is a
/// path to an existing file is read as a user concordance in the same format.
/// </summary>
public static class ConcordanceLibrary
{
    /// <summary>The folder of the project's concordances.</summary>
    public static string Folder => RepositoryLayout.ProjectData("concordance");

    /// <summary>Every concordance in a folder (default <see cref="Folder"/>), by name.</summary>
    /// <exception cref="DataFormatException">A file in the folder is not a valid concordance.</exception>
    public static IReadOnlyList<Concordance> All(string? folder = null)
    {
        folder ??= Folder;
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.csv", SearchOption.TopDirectoryOnly)
            .OrderBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .Select(Concordance.Load)
            .ToArray();
    }

    /// <summary>Names available in a folder (default <see cref="Folder"/>).</summary>
    public static IReadOnlyList<string> Names(string? folder = null)
    {
        folder ??= Folder;
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.csv", SearchOption.TopDirectoryOnly).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    /// <summary>A concordance by name (case-insensitive) or by path to a file in the same format.</summary>
    /// <exception cref="UnknownLabelException">No such name; the message lists the closest names.</exception>
    public static Concordance Get(string nameOrPath, string? folder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        var value = nameOrPath.Trim();
        if (value.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && File.Exists(value)) return Concordance.Load(value);
        folder ??= Folder;
        var names = Names(folder);
        var name = names.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase))
                   ?? throw new UnknownLabelException("concordance", value, $"{folder} (see 'scn data concordances')", names);
        return Concordance.Load(Path.Combine(folder, name + ".csv"));
    }

    /// <summary>Parses a comma-separated list of names or paths (<c>asean,icio45-to-adb35</c>).</summary>
    public static IReadOnlyList<Concordance> Parse(string list, string? folder = null) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => Get(n, folder)).ToArray();
}
