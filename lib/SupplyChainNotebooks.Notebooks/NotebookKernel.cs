using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// Builds the in-process kernel the runner executes notebooks with: a C# kernel with <c>#r "nuget: …"</c> (loading
/// packages' <c>interactive-extensions/dotnet</c> kernel extensions as the dotnet-interactive tool does), kernel
/// helpers (<c>display</c>), value sharing, inside a composite kernel that understands <c>#!import</c>. It runs in this
/// process and its default load context, so static state of already loaded assemblies (e.g. <c>DataProvenance</c>) is
/// shared with the runner.
/// </summary>
public static class NotebookKernel
{
    /// <summary>Name of the C# subkernel (also the notebooks' default kernel).</summary>
    public const string CSharp = "csharp";

    /// <summary>Creates a fresh kernel (one per notebook run).</summary>
    public static CompositeKernel Create()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective(LoadPackagesAsync, forceRestore: false)
            .UseKernelHelpers()
            .UseValueSharing();
        var kernel = new CompositeKernel { csharp }.UseImportMagicCommand();
        kernel.DefaultKernelName = csharp.Name;
        return kernel;
    }

    private static async Task LoadPackagesAsync(CSharpKernel kernel, IReadOnlyList<ResolvedPackageReference> references)
    {
        kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
        foreach (var reference in references)
        {
            var folder = Path.Combine(reference.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder)) continue;
            foreach (var dll in Directory.GetFiles(folder, "*.dll"))
            {
                var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
                foreach (var type in assembly.ExportedTypes.Where(t => !t.IsAbstract && typeof(IKernelExtension).IsAssignableFrom(t)))
                    await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel.RootKernel);
            }
        }
    }
}
