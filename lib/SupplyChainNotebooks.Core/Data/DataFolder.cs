namespace SupplyChainNotebooks.Data;

/// <summary>
/// Where real tables are looked for, in order: the <c>--data DIR</c> option, the <c>SUPPLYCHAIN_DATA</c> environment
/// variable, the team data mirror <c>../shared/data</c> next to the checkout (when it exists), then the download folder
/// <c>.data/</c> in the checkout that <c>scn data fetch</c> fills. The files are read in place and never copied into the
/// repository.
/// </summary>
public sealed class DataFolder
{
    /// <summary>Environment variable naming the data folder.</summary>
    public const string EnvironmentVariable = "SUPPLYCHAIN_DATA";

    private DataFolder(IReadOnlyList<string> candidates, string downloadFolder)
    {
        Candidates = candidates;
        DownloadFolder = downloadFolder;
    }

    /// <summary>Folders searched, in priority order (existing or not).</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>The folder <c>scn data fetch</c> writes to: the option or environment folder if given, else <c>.data/</c>.</summary>
    public string DownloadFolder { get; }

    private static readonly AsyncLocal<string?> s_optionOverride = new();

    /// <summary>
    /// The <c>--data</c> option for the current asynchronous flow (the CLI sets it per invocation, so parallel callers —
    /// tests, hosts — do not see each other's value); null = environment and mirror only.
    /// </summary>
    public static string? OptionOverride
    {
        get => s_optionOverride.Value;
        set => s_optionOverride.Value = value;
    }

    /// <summary>The folders for the current process (option override, environment, mirror, downloads).</summary>
    public static DataFolder Current => Resolve(OptionOverride);

    /// <summary>Resolves the search list from an explicit option value (may be null).</summary>
    public static DataFolder Resolve(string? option)
    {
        var list = new List<string>();
        string? explicitFolder = null;
        if (!string.IsNullOrWhiteSpace(option)) list.Add(explicitFolder = Path.GetFullPath(option));
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            var full = Path.GetFullPath(env);
            list.Add(full);
            explicitFolder ??= full;
        }
        var root = RepositoryLayout.Root;
        if (root is not null)
        {
            var mirror = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
            if (Directory.Exists(mirror)) list.Add(mirror);
        }
        var downloads = root is not null ? Path.Combine(root, ".data") : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "SupplyChainNotebooks", "data");
        list.Add(downloads);
        return new DataFolder(list.Distinct(StringComparer.Ordinal).ToArray(), explicitFolder ?? downloads);
    }

    /// <summary>The first existing file among the candidates for any of the relative paths, or null.</summary>
    public string? Find(IEnumerable<string> relativePaths)
    {
        var rel = relativePaths.ToArray();
        foreach (var folder in Candidates)
            foreach (var r in rel)
            {
                var p = Path.Combine(folder, r);
                if (File.Exists(p)) return p;
            }
        return null;
    }
}
