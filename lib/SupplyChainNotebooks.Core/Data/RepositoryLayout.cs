namespace SupplyChainNotebooks.Data;

/// <summary>Finds the repository root (the folder holding <c>SupplyChainNotebooks.sln</c>) and the project's own data folder.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string?> s_root = new(() => FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory));

    /// <summary>Environment variable that overrides the repository root (used by tests and installed copies).</summary>
    public const string RootVariable = "SCN_REPO_ROOT";

    /// <summary>The repository root, or null when running outside a checkout.</summary>
    public static string? Root => Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } env ? Path.GetFullPath(env) : s_root.Value;

    /// <summary>The repository root.</summary>
    /// <exception cref="Errors.SupplyChainException">Not inside a checkout.</exception>
    public static string RequireRoot() => Root ?? throw new Errors.SupplyChainException(
        $"cannot find the repository root (a folder with SupplyChainNotebooks.sln) above '{Directory.GetCurrentDirectory()}'; run from inside the checkout or set {RootVariable}");

    /// <summary>The project's own compiled data (<c>data/</c>: catalog, code lists, records).</summary>
    public static string ProjectDataFolder => Path.Combine(RequireRoot(), "data");

    /// <summary>A file under <c>data/</c>.</summary>
    public static string ProjectData(params string[] parts) => Path.Combine([ProjectDataFolder, .. parts]);

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SupplyChainNotebooks.sln"))) return dir.FullName;
        return null;
    }
}
