namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Persistence of the O and D flags over years t−2…t (methodology §4.2 I10: criteria hold in ≥ 2 of 3 consecutive
/// years), evaluated on a multi-year source — in practice the atlas' top flows, whence the truncation label.
/// </summary>
public static class TradePersistence
{
    /// <summary>Years in the window.</summary>
    public const int Window = 3;

    /// <summary>Years a flag must hold.</summary>
    public const int Required = 2;

    /// <summary>Evaluates persistence for the window ending in <paramref name="year"/>.</summary>
    public static PersistenceResult Evaluate(TradeFlowSet set, string reporter, TradeItem item, int year, ClassificationThresholds? thresholds = null)
    {
        var years = new List<PersistenceYear>();
        reporter = CountryCodes.Normalise(reporter);
        var label = set.Truncated ? AtlasTopFlowsReader.TruncationLabel : $"computed on {set.Description}";
        if (!TradeIndicators.Appears(set, reporter)) return new PersistenceResult(year, years, Required, null, null, label);
        for (var y = year - Window + 1; y <= year; y++)
        {
            if (!set.Years.Contains(y)) continue;
            var c = ItemClassifier.Classify(TradeIndicators.Compute(set, reporter, item, y), thresholds);
            if (c.Class == ItemClass.NoData) continue;
            years.Add(new PersistenceYear(y, c.Offensive, c.Defensive, c.Indicators.Top1Share, c.Indicators.ImportHhi, c.Indicators.WorldExportShare));
        }
        static bool? Persistent(IEnumerable<bool?> flags)
        {
            var known = flags.Where(f => f is not null).Select(f => f!.Value).ToArray();
            var held = known.Count(f => f);
            var unknown = Window - known.Length; // years missing from the source or not evaluable
            if (held >= Required) return true;
            return held + unknown < Required ? false : null;
        }
        return new PersistenceResult(year, years, Required, Persistent(years.Select(y => y.Offensive)), Persistent(years.Select(y => y.Defensive)), label);
    }
}
