namespace SupplyChainNotebooks.Cli;

/// <summary>Entry point of <c>scn</c>.</summary>
public static class Program
{
    /// <summary>Runs the tool and returns its exit code.</summary>
    public static int Main(string[] args) => CliApp.Run(args);
}
