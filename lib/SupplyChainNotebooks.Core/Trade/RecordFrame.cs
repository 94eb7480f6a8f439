using Deedle;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Builds a Deedle frame (rows 0…n−1, one typed column per field) from immutable result records. Null values become
/// missing values, so a "no data" number shows as missing, never as 0.
/// </summary>
/// <typeparam name="T">Record type.</typeparam>
internal sealed class RecordFrame<T>
{
    private readonly List<(string Name, Func<IReadOnlyList<T>, ISeries<int>> Build)> _columns = [];

    public RecordFrame<T> Text(string name, Func<T, string?> get) => Add(name, get);

    public RecordFrame<T> Number(string name, Func<T, double?> get) => Add(name, r => get(r) is { } v && double.IsFinite(v) ? v : (double?)null);

    public RecordFrame<T> Integer(string name, Func<T, int?> get) => Add(name, get);

    public RecordFrame<T> Flag(string name, Func<T, bool?> get) => Add(name, get);

    public Frame<int, string> Build(IEnumerable<T> rows)
    {
        var list = rows as IReadOnlyList<T> ?? rows.ToArray();
        var columns = new FrameBuilder.Columns<int, string>();
        foreach (var (name, build) in _columns) columns.Add(name, build(list));
        return columns.Frame;
    }

    private RecordFrame<T> Add<TValue>(string name, Func<T, TValue?> get) where TValue : class
    {
        _columns.Add((name, list => list.Select((r, i) => KeyValuePair.Create(i, get(r) is { } v ? new OptionalValue<TValue>(v) : OptionalValue<TValue>.Missing)).ToSparseSeries()));
        return this;
    }

    private RecordFrame<T> Add<TValue>(string name, Func<T, TValue?> get) where TValue : struct
    {
        _columns.Add((name, list => list.Select((r, i) => KeyValuePair.Create(i, get(r) is { } v ? new OptionalValue<TValue>(v) : OptionalValue<TValue>.Missing)).ToSparseSeries()));
        return this;
    }
}
