using System.Globalization;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Cli;

/// <summary>A command-line usage error (unknown option, missing value, wrong type): one line, exit code 2.</summary>
public sealed class UsageException(string message) : SupplyChainException(message);

/// <summary>An option a command accepts, for parsing and for <c>--help</c>.</summary>
/// <param name="Name">Long name with dashes, e.g. <c>--year</c>.</param>
/// <param name="Value">Value placeholder (e.g. <c>YEAR</c>), or null for a flag.</param>
/// <param name="Help">One-line description including the default.</param>
/// <param name="Repeatable">May be given several times (e.g. <c>-p k=v</c>).</param>
/// <param name="Alias">Short alias, e.g. <c>-p</c>.</param>
public sealed record OptionSpec(string Name, string? Value, string Help, bool Repeatable = false, string? Alias = null)
{
    /// <summary>True for options without a value.</summary>
    public bool IsFlag => Value is null;
}

/// <summary>Parsed arguments of one command: option values and positional arguments, with typed accessors.</summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values;

    private ParsedArguments(Dictionary<string, List<string>> values, IReadOnlyList<string> positionals)
    {
        _values = values;
        Positionals = positionals;
    }

    /// <summary>Positional arguments in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Parses <paramref name="args"/> against the options of a command (plus the global ones).</summary>
    /// <exception cref="UsageException">Unknown option or missing value.</exception>
    public static ParsedArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var byName = new Dictionary<string, OptionSpec>(StringComparer.Ordinal);
        foreach (var o in options)
        {
            byName[o.Name] = o;
            if (o.Alias is not null) byName[o.Alias] = o;
        }
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--") { positionals.AddRange(args.Skip(i + 1)); break; }
            if (a.StartsWith('-') && a.Length > 1 && !IsNumber(a))
            {
                string name = a, inline = null!;
                var eq = a.IndexOf('=');
                if (eq > 0 && a.StartsWith("--", StringComparison.Ordinal)) { name = a[..eq]; inline = a[(eq + 1)..]; }
                if (!byName.TryGetValue(name, out var spec))
                    throw new UsageException($"{command}: unknown option '{name}' (see '{command} --help')");
                string value;
                if (spec.IsFlag)
                {
                    if (inline is not null) throw new UsageException($"{command}: option '{spec.Name}' takes no value");
                    value = "true";
                }
                else if (inline is not null) value = inline;
                else if (i + 1 < args.Count) value = args[++i];
                else throw new UsageException($"{command}: option '{spec.Name}' needs a value ({spec.Value})");
                if (!values.TryGetValue(spec.Name, out var list)) values[spec.Name] = list = [];
                else if (!spec.Repeatable) throw new UsageException($"{command}: option '{spec.Name}' given twice");
                list.Add(value);
            }
            else positionals.Add(a);
        }
        return new ParsedArguments(values, positionals);
    }

    private static bool IsNumber(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>True if the option was given.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>A flag.</summary>
    public bool Flag(string name) => _values.ContainsKey(name);

    /// <summary>The option's value, or <paramref name="fallback"/>.</summary>
    public string? String(string name, string? fallback = null) => _values.TryGetValue(name, out var v) ? v[^1] : fallback;

    /// <summary>The option's value; a usage error if missing.</summary>
    public string Required(string name, string command) =>
        String(name) ?? throw new UsageException($"{command}: option '{name}' is required (see '{command} --help')");

    /// <summary>Every value of a repeatable option.</summary>
    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var v) ? v : [];

    /// <summary>An integer option.</summary>
    public int Int(string name, int fallback)
    {
        var s = String(name);
        if (s is null) return fallback;
        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : throw new UsageException($"option '{name}' expects an integer, got '{s}'");
    }

    /// <summary>A number option (invariant culture).</summary>
    public double Double(string name, double fallback)
    {
        var s = String(name);
        if (s is null) return fallback;
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw new UsageException($"option '{name}' expects a number, got '{s}'");
    }
}
