using System.Runtime.Loader;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// What <c>notebooks/_setup.dib</c> calls: the FSharp.Core resolver, the record that setup finished, and
/// <see cref="Environment"/>, which every notebook calls in the cell after <c>#!import _setup.dib</c> — because the
/// kernels swallow runtime errors of imported cells, that call is what makes an incomplete setup fail loudly.
/// </summary>
public static class NotebookSupport
{
    /// <summary>Relative path from notebooks/ to this library's build output (what _setup.dib references).</summary>
    public const string LibraryFolderFromNotebooks = "../lib/SupplyChainNotebooks.Charts/bin/Release/net10.0/";

    /// <summary>The command that builds the library.</summary>
    public const string BuildCommand = "dotnet build lib/SupplyChainNotebooks.Charts -c Release";

    private static int s_resolverInstalled;
    private static int s_setupCompleted;

    /// <summary>True once <see cref="Install"/> ran.</summary>
    public static bool ResolverInstalled => Volatile.Read(ref s_resolverInstalled) == 1;

    /// <summary>True once _setup.dib reached its last cell.</summary>
    public static bool SetupCompleted => Volatile.Read(ref s_setupCompleted) == 1;

    /// <summary>
    /// Installs the FSharp.Core resolver: the dotnet-interactive and dotnet-repl kernels carry FSharp.Core 10.0 while
    /// Deedle 8.1 and Plotly.NET 6 ask for 10.1; the request is answered with the FSharp.Core already loaded (returning
    /// the 10.1 copy instead splits F# types). Harmless where 10.1 is loaded (headless runner, tests). Run it in its own
    /// cell before any Deedle or Plotly.NET code: the JIT resolves a submission's types all at once.
    /// </summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref s_resolverInstalled, 1) == 1) return;
        AssemblyLoadContext.Default.Resolving += static (context, name) =>
            name.Name == "FSharp.Core" ? context.Assemblies.FirstOrDefault(a => a.GetName().Name == "FSharp.Core") : null;
    }

    /// <summary>Marks the setup as complete (last cell of _setup.dib); <paramref name="formattersRegistered"/> counts the types registered.</summary>
    /// <exception cref="SupplyChainException">The resolver was not installed or no formatter was registered.</exception>
    public static void CompleteSetup(int formattersRegistered)
    {
        if (!ResolverInstalled) throw new SupplyChainException("notebook setup: NotebookSupport.Install() did not run before CompleteSetup");
        if (formattersRegistered < NotebookDisplay.HtmlTypes.Count)
            throw new SupplyChainException($"notebook setup: only {formattersRegistered} of {NotebookDisplay.HtmlTypes.Count} HTML formatters were registered");
        Interlocked.Exchange(ref s_setupCompleted, 1);
    }

    /// <summary>
    /// The environment the notebook runs in (library version, data folders, datasets present, numerical backend). Every
    /// notebook calls it right after <c>#!import _setup.dib</c>.
    /// </summary>
    /// <exception cref="SupplyChainException">_setup.dib did not complete; the message says which step is missing and how to build the library.</exception>
    public static EnvironmentReport Environment()
    {
        if (!SetupCompleted)
        {
            var missing = ResolverInstalled ? "the formatter registration or a later setup cell failed" : "NotebookSupport.Install() never ran";
            throw new SupplyChainException(
                $"notebooks/_setup.dib did not complete ({missing}); errors inside an imported file are not shown by the kernels. " +
                $"Run the cells of _setup.dib one by one to see the error. If the library is missing, build it from the repository root: {BuildCommand} " +
                "(./scn notebooks run … builds it too), then restart the kernel.");
        }
        return EnvironmentReport.Current();
    }
}
