using System.Globalization;
using SupplyChainNotebooks.Cli.Output;

namespace SupplyChainNotebooks.Cli.Bench;

/// <summary>
/// The measured values of one <c>scn bench</c> run, in order: flat fields (JSON names are a contract: <c>n</c>,
/// <c>factorSeconds</c>, <c>numpySolveSeconds</c>, <c>ratioFactorToNumpySolve</c>, <c>kaSeconds</c>,
/// <c>rankingSeconds</c>, <c>parseSeconds</c>, <c>cachedLoadSeconds</c>, <c>peakMemoryBytes</c>, <c>backend</c>, …),
/// plus the targets checked against them and free-text notes.
/// </summary>
internal sealed class BenchReport
{
    private readonly List<(string Field, object? Value, string Text)> _fields = [];
    private readonly List<(string Target, bool? Met, string Detail)> _targets = [];
    private readonly List<string> _notes = [];

    /// <summary>Adds (or replaces) a field; <paramref name="text"/> is the human description for the table format.</summary>
    public void Set(string field, object? value, string text = "")
    {
        var i = _fields.FindIndex(f => f.Field == field);
        if (i >= 0) _fields[i] = (field, value, text);
        else _fields.Add((field, value, text));
    }

    /// <summary>A field's value, or null.</summary>
    public object? Get(string field) => _fields.FirstOrDefault(f => f.Field == field).Value;

    /// <summary>Records a target and whether it was met (null = not measured).</summary>
    public void Target(string target, bool? met, string detail) => _targets.Add((target, met, detail));

    /// <summary>Adds a remark printed with the table format (and as the JSON field <c>notes</c>).</summary>
    public void Note(string note) => _notes.Add(note);

    /// <summary>Writes the report.</summary>
    public void Write(TextWriter output, OutputFormat format)
    {
        if (format == OutputFormat.Table)
        {
            var width = _fields.Max(f => f.Field.Length);
            foreach (var (field, value, text) in _fields)
                output.WriteLine($"{field.PadRight(width)}  {Show(value),-24}  {text}".TrimEnd());
            if (_targets.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("targets:");
                foreach (var (target, met, detail) in _targets)
                    output.WriteLine($"  [{(met is null ? "n/a " : met.Value ? "met " : "MISS")}] {target}: {detail}");
            }
            if (_notes.Count > 0)
            {
                output.WriteLine();
                foreach (var note in _notes) output.WriteLine($"note: {note}");
            }
            output.Flush();
            return;
        }
        var fields = _fields.Select(f => (f.Field, f.Value)).ToList();
        fields.Add(("targetsMet", _targets.Count(t => t.Met == true)));
        fields.Add(("targetsMissed", string.Join("; ", _targets.Where(t => t.Met == false).Select(t => t.Target))));
        fields.Add(("notes", string.Join(" | ", _notes)));
        var writer = new ResultWriter(output, format, fields.Select(f => new ResultColumn(f.Field)).ToArray());
        writer.Row(fields.Select(f => f.Value).ToArray());
        writer.Complete();
    }

    private static string Show(object? value) => value switch
    {
        null => "n/a",
        double d when !double.IsFinite(d) => "n/a",
        double d => Math.Abs(d) >= 1e6 ? d.ToString("G6", CultureInfo.InvariantCulture) : d.ToString("0.####", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => value.ToString() ?? "",
    };
}
