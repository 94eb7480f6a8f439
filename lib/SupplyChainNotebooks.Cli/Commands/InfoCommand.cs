using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn info</c>: environment facts (versions, numerical backend, data folders).</summary>
public sealed class InfoCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "info";

    /// <inheritdoc />
    public string Summary => "show the numerical backend, runtime, repository and data folders in use";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = [];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var o = context.Out;
        o.WriteLine($"scn:        {typeof(InfoCommand).Assembly.GetName().Version}");
        o.WriteLine($"runtime:    .NET {Environment.Version} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores");
        o.WriteLine($"backend:    {LinearAlgebraBackends.Describe()}");
        o.WriteLine($"repository: {RepositoryLayout.Root ?? "(not in a checkout)"}");
        o.WriteLine("data:       " + string.Join("; ", DataFolder.Current.Candidates.Select(c => Directory.Exists(c) ? c : c + " (missing)")));
        return 0;
    }
}
