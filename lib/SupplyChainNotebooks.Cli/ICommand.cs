namespace SupplyChainNotebooks.Cli;

/// <summary>One CLI command (e.g. <c>ptf</c>, <c>ptf rank</c>, <c>data list</c>).</summary>
public interface ICommand
{
    /// <summary>Words that select the command, e.g. "ptf rank".</summary>
    string Name { get; }

    /// <summary>One-line summary for the command list.</summary>
    string Summary { get; }

    /// <summary>Usage line after the command name (positionals), e.g. "[NAMES…|--all]".</summary>
    string Usage => "";

    /// <summary>Longer help text shown under the usage (examples, notes); may be empty.</summary>
    string Details => "";

    /// <summary>Options the command accepts (the global options are added by the app).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Runs the command; returns the exit code.</summary>
    int Run(ParsedArguments args, CommandContext context);
}

/// <summary>What a command may use: output writers and the global settings.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error (progress, warnings).</param>
/// <param name="Verbose">--verbose given.</param>
public sealed record CommandContext(TextWriter Out, TextWriter Error, bool Verbose);
