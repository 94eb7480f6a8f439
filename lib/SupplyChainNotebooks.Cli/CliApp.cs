using SupplyChainNotebooks.Cli.Commands;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Cli;

/// <summary>
/// The <c>scn</c> command-line tool: dispatches to commands, applies the global options (<c>--data</c>,
/// <c>--linalg</c>, <c>--verbose</c>) and turns project errors into one line on stderr with exit code 2.
/// </summary>
public static class CliApp
{
    /// <summary>Global options accepted by every command.</summary>
    public static IReadOnlyList<OptionSpec> GlobalOptions { get; } =
    [
        new("--data", "DIR", $"data folder with real tables (default: ${DataFolder.EnvironmentVariable}, then ../shared/data, then .data/)"),
        new("--linalg", "NAME", $"dense LU backend: auto (default), managed or openblas (also ${LinearAlgebraBackends.EnvironmentVariable})"),
        new("--no-cache", null, $"parse tables again instead of using the parsed-table cache (also ${TableCache.SwitchVariable}=off)"),
        new("--verbose", null, "show stack traces and extra diagnostics"),
        new("--help", null, "show help for the command", Alias: "-h"),
    ];

    /// <summary>All commands, in help order. Register new commands here.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new PtfCommand(),
        new PtfRankCommand(),
        new PtfTopCommand(),
        new PtfFindingsCommand(),
        new DataListCommand(),
        new DataInfoCommand(),
        new DataFetchCommand(),
        new DataConcordancesCommand(),
        new InfoCommand(),
        new ItemsIndicatorsCommand(),
        new ItemsListCommand(),
        new ItemsClassifyCommand(),
        new NotebooksRunCommand(),
        new ReproduceCommand(),
        new BenchCommand(),
    ];

    /// <summary>Runs the tool.</summary>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var verbose = args.Contains("--verbose");
        var previousData = DataFolder.OptionOverride;
        var previousBackend = LinearAlgebraBackends.Override;
        try
        {
            args = MoveLeadingGlobalOptions(args);
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                PrintOverview(stdout);
                return 0;
            }
            if (args[0] == "--version")
            {
                stdout.WriteLine($"scn {typeof(CliApp).Assembly.GetName().Version}");
                return 0;
            }
            if (args.Length > 1 && args[1] is "--help" or "-h" && GroupMembers(args[0]) is { Length: > 0 } members)
            {
                // "./scn data --help": a group of commands without a command of its own lists its members.
                stdout.WriteLine($"usage: ./scn {args[0]} SUBCOMMAND [options]   (./scn {args[0]} SUBCOMMAND --help for details)");
                stdout.WriteLine();
                var width = members.Max(c => c.Name.Length);
                foreach (var c in members) stdout.WriteLine($"  {c.Name.PadRight(width)}  {c.Summary}");
                return 0;
            }
            var (command, rest) = Select(args);
            var options = command.Options.Concat(GlobalOptions).ToArray();
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                PrintHelp(stdout, command, options);
                return 0;
            }
            var parsed = ParsedArguments.Parse($"scn {command.Name}", rest, options);
            DataFolder.OptionOverride = parsed.String("--data");
            if (command is not DataFetchCommand) RequireNamedDataFolder(parsed.String("--data"));
            if (parsed.String("--linalg") is { } backend) LinearAlgebraBackends.Override = LinearAlgebraBackends.FromName(backend);
            if (parsed.Flag("--no-cache")) TableCache.EnabledOverride = false;
            return command.Run(parsed, new CommandContext(stdout, stderr, verbose));
        }
        catch (SupplyChainException e)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            if (verbose) stderr.WriteLine(e);
            return 2;
        }
        catch (Exception e) when (!verbose)
        {
            stderr.WriteLine($"internal error: {OneLine(e.GetType().Name + ": " + e.Message)} (rerun with --verbose for the stack trace)");
            return 1;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"internal error: {e}");
            return 1;
        }
        finally
        {
            DataFolder.OptionOverride = previousData;
            LinearAlgebraBackends.Override = previousBackend;
        }
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");

    private static ICommand[] GroupMembers(string word) =>
        Commands.Any(c => c.Name == word) ? [] : Commands.Where(c => c.Name.StartsWith(word + " ", StringComparison.Ordinal)).ToArray();

    private static (ICommand command, string[] rest) Select(string[] args)
    {
        // Longest match of leading words against command names ("ptf rank" before "ptf").
        var best = Commands
            .Select(c => (c, words: c.Name.Split(' ')))
            .Where(t => t.words.Length <= args.Length && t.words.Select((w, i) => w == args[i]).All(x => x))
            .OrderByDescending(t => t.words.Length)
            .FirstOrDefault();
        if (best.c is null)
        {
            var groups = Commands.Where(c => c.Name.StartsWith(args[0] + " ", StringComparison.Ordinal)).Select(c => c.Name).ToArray();
            if (groups.Length > 0)
                throw new UsageException($"scn {args[0]}: choose one of: {string.Join(", ", groups)}");
            throw new UnknownLabelException("command", args[0], "scn (see 'scn --help')", Commands.Select(c => c.Name.Split(' ')[0]));
        }
        return (best.c, args.Skip(best.words.Length).ToArray());
    }

    /// <summary>
    /// A data folder named by <c>--data</c> (or, without it, by <c>$SUPPLYCHAIN_DATA</c>) must exist: a mistyped folder
    /// must not silently fall back to the mirror. Only <c>data fetch</c>, which creates it, is exempt.
    /// </summary>
    private static void RequireNamedDataFolder(string? option)
    {
        var (folder, advice) = option is not null
            ? (option, $"given by --data does not exist (create it, fetch into it with './scn data fetch ID --data DIR', or leave --data out to use ${DataFolder.EnvironmentVariable}, ../shared/data and .data/)")
            : (Environment.GetEnvironmentVariable(DataFolder.EnvironmentVariable), $"named by ${DataFolder.EnvironmentVariable} does not exist (fix or unset the variable, or give --data DIR)");
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new UsageException($"data folder '{Path.GetFullPath(folder)}' {advice}");
    }

    /// <summary>
    /// <c>./scn --data DIR --linalg managed ptf …</c>: global options written before the command are moved behind it, so
    /// they are parsed (and checked) exactly like options written after it.
    /// </summary>
    private static string[] MoveLeadingGlobalOptions(string[] args)
    {
        var leading = new List<string>();
        var i = 0;
        while (i < args.Length && GlobalOptions.FirstOrDefault(o => o.Name == args[i] && o.Name != "--help") is { } option)
        {
            leading.Add(args[i++]);
            if (option.Value is null) continue;
            if (i >= args.Length) throw new UsageException($"option {option.Name} needs a value ({option.Value})");
            leading.Add(args[i++]);
        }
        return leading.Count == 0 ? args : i == args.Length ? [] : [.. args[i..], .. leading];
    }

    private static void PrintOverview(TextWriter w)
    {
        w.WriteLine("scn — SupplyChainNotebooks: re-run and extend KIEP WP 23-10 (supply-chain risk, PTF vs volume).");
        w.WriteLine();
        w.WriteLine("usage: ./scn COMMAND [options]   (./scn COMMAND --help for details)");
        w.WriteLine();
        w.WriteLine("commands:");
        var width = Commands.Max(c => c.Name.Length);
        foreach (var c in Commands) w.WriteLine($"  {c.Name.PadRight(width)}  {c.Summary}");
        w.WriteLine();
        w.WriteLine("global options (before or after the command):");
        foreach (var o in GlobalOptions) w.WriteLine($"  {Signature(o),-22}  {o.Help}");
        w.WriteLine();
        w.WriteLine("Bad input prints one line and exits with code 2; --verbose adds the stack trace.");
    }

    /// <summary>Writes the help of one command.</summary>
    public static void PrintHelp(TextWriter w, ICommand command, IReadOnlyList<OptionSpec> options)
    {
        w.WriteLine($"usage: ./scn {command.Name}{(command.Usage.Length > 0 ? " " + command.Usage : "")} [options]");
        w.WriteLine();
        w.WriteLine(command.Summary);
        if (command.Details.Length > 0)
        {
            w.WriteLine();
            w.WriteLine(command.Details.TrimEnd());
        }
        w.WriteLine();
        w.WriteLine("options:");
        var width = options.Max(o => Signature(o).Length);
        foreach (var o in options) w.WriteLine($"  {Signature(o).PadRight(width)}  {o.Help}");
    }

    private static string Signature(OptionSpec o) =>
        (o.Alias is null ? "" : o.Alias + ", ") + o.Name + (o.Value is null ? "" : " " + o.Value) + (o.Repeatable ? " …" : "");
}
