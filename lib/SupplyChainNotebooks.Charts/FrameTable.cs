using System.Reflection;
using Deedle;

namespace SupplyChainNotebooks.Charts;

/// <summary>Deedle frames as <see cref="ResultTable"/>s (row key first, then one column per frame column; missing values "n/a").</summary>
public static class FrameTable
{
    /// <summary>A table of a typed frame.</summary>
    public static ResultTable Of<TRow, TColumn>(Frame<TRow, TColumn> frame, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columnKeys = frame.ColumnKeys.ToArray();
        var columns = new List<TableColumn> { new("(row)") };
        columns.AddRange(columnKeys.Select(k => new TableColumn(k?.ToString() ?? "")));
        var series = columnKeys.Select(k => frame.GetColumn<object>(k)).ToArray();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var rowKey in frame.RowKeys)
        {
            var row = new object?[columns.Count];
            row[0] = rowKey?.ToString();
            for (var c = 0; c < series.Length; c++)
            {
                var value = series[c].TryGet(rowKey);
                row[c + 1] = value.HasValue ? value.Value : null;
            }
            rows.Add(row);
        }
        return new ResultTable(title ?? $"frame ({frame.RowCount} rows × {frame.ColumnCount} columns)", columns, rows);
    }

    /// <summary>A table of a frame given as object (any Frame&lt;R, C&gt;), for the notebook formatter.</summary>
    /// <exception cref="ArgumentException">Not a Deedle frame.</exception>
    public static ResultTable OfObject(object frame)
    {
        var type = frame.GetType();
        while (type is not null && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Frame<,>))) type = type.BaseType;
        if (type is null) throw new ArgumentException($"{frame.GetType()} is not a Deedle frame", nameof(frame));
        var method = typeof(FrameTable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(Of) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(type.GetGenericArguments());
        try
        {
            return (ResultTable)method.Invoke(null, [frame, null])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
