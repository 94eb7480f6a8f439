namespace SupplyChainNotebooks.Model;

/// <summary>
/// How far a table is from the accounting identities. Published tables are rounded (OECD ICIO ≈ 1 M USD per row, the
/// integer WIOD 2013 copy up to ≈ 100 M USD), so readers report this rather than reject the table.
/// Row identity: x_i = Σ_k z_ik + Σ F_i. Column identity: x_k = Σ_i z_ik + Σ primary inputs_k.
/// </summary>
/// <param name="MaxRowError">Largest |x_i − Σ_k z_ik − Σ F_i| in the table's unit (M USD).</param>
/// <param name="WorstRow">Label of the row with <paramref name="MaxRowError"/>.</param>
/// <param name="MaxRowRelativeError">Largest row error relative to x_i over rows with x_i &gt; 0.</param>
/// <param name="MaxColumnError">Largest |x_k − Σ_i z_ik − primary_k|; null if the table has no primary-input rows.</param>
/// <param name="WorstColumn">Label of the column with <paramref name="MaxColumnError"/>.</param>
/// <param name="WorldRelativeError">Σ_i |row error_i| / Σ_i x_i.</param>
/// <param name="TotalOutput">Σ_i x_i.</param>
public sealed record BalanceReport(
    double MaxRowError,
    string WorstRow,
    double MaxRowRelativeError,
    double? MaxColumnError,
    string? WorstColumn,
    double WorldRelativeError,
    double TotalOutput)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"rows: max |error| {MaxRowError:G6} ({WorstRow}), max relative {MaxRowRelativeError:P3}, world {WorldRelativeError:P4}; "
        + (MaxColumnError is { } c ? $"columns: max |error| {c:G6} ({WorstColumn})" : "columns: no primary-input rows");
}
