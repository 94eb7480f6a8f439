namespace SupplyChainNotebooks.Trade;

/// <summary>The flags of one year within a persistence window.</summary>
/// <param name="Year">Year.</param>
/// <param name="Offensive">O flag (null: not evaluable or no data).</param>
/// <param name="Defensive">D flag (null: not evaluable or no data).</param>
/// <param name="Top1Share">Top-1 share that year.</param>
/// <param name="ImportHhi">Import HHI that year.</param>
/// <param name="WorldExportShare">World export share that year.</param>
public sealed record PersistenceYear(int Year, bool? Offensive, bool? Defensive, double? Top1Share, double? ImportHhi, double? WorldExportShare);

/// <summary>
/// Persistence (methodology §4.2 I10, GeoDep criterion 4): a flag holds in at least <see cref="Required"/> of the
/// years <c>t−2, t−1, t</c>. Computed from the atlas' top flows, so it carries <see cref="Label"/>.
/// </summary>
/// <param name="Year">Last year t of the window.</param>
/// <param name="Years">Flags per year of the window found in the source.</param>
/// <param name="Required">Years the flag must hold (2).</param>
/// <param name="OffensivePersistent">O held in ≥ 2 of 3 years (null: fewer than 2 evaluable years).</param>
/// <param name="DefensivePersistent">D held in ≥ 2 of 3 years (null: fewer than 2 evaluable years).</param>
/// <param name="Label">"computed on truncated data (top flows ≈ 99 % of value)" or the source description.</param>
public sealed record PersistenceResult(int Year, IReadOnlyList<PersistenceYear> Years, int Required, bool? OffensivePersistent, bool? DefensivePersistent, string Label);
