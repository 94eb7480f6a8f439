namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Item-level analysis over the trade sources: indicators and classification of a reporter's imports of an item in a
/// year, with persistence from the top-flows file and, for Japan, the JPY indicators of the matching customs group.
/// The entry point of the CLI and of chapter 4's notebook.
/// </summary>
public sealed class ItemAnalysis
{
    /// <summary>Creates an analysis over sources (default: the current data folders) and thresholds (default: methodology §4.1).</summary>
    public ItemAnalysis(TradeSources? sources = null, ClassificationThresholds? thresholds = null)
    {
        Sources = sources ?? new TradeSources();
        Thresholds = thresholds ?? ClassificationThresholds.Default;
    }

    /// <summary>The sources.</summary>
    public TradeSources Sources { get; }

    /// <summary>The item list.</summary>
    public TradeItemCatalog Items => Sources.Items;

    /// <summary>The rule's thresholds.</summary>
    public ClassificationThresholds Thresholds { get; }

    /// <summary>A copy with other thresholds (sources and their cache are shared).</summary>
    public ItemAnalysis With(ClassificationThresholds thresholds) => new(Sources, thresholds);

    /// <summary>Indicators of a catalog item.</summary>
    /// <exception cref="Errors.UnknownLabelException">Unknown item or reporter.</exception>
    /// <exception cref="Errors.DatasetNotFoundException">No trade source for the year.</exception>
    public ItemIndicators Indicators(string reporter, string itemId, int year, TradeSourceChoice source = TradeSourceChoice.Auto) =>
        Indicators(reporter, Items.Get(itemId), year, source);

    /// <summary>Indicators of any item (e.g. <see cref="TradeItem.FromHs6"/>).</summary>
    public ItemIndicators Indicators(string reporter, TradeItem item, int year, TradeSourceChoice source = TradeSourceChoice.Auto) =>
        TradeIndicators.Compute(Sources.For(year, source, item.Hs6.ToHashSet(StringComparer.Ordinal)), reporter, item, year);

    /// <summary>
    /// Japan's JPY indicators from the customs commodity group of the item, or null when the reporter is not Japan, the
    /// item has no customs group or the customs file is absent.
    /// </summary>
    public ItemIndicators? CustomsIndicators(string reporter, TradeItem item, int year)
    {
        if (CountryCodes.Normalise(reporter) != JapanCustomsReader.Reporter || item.CustomsGroup is null || !Sources.Has(TradeSources.CustomsId)) return null;
        return TradeIndicators.Compute(Sources.JapanCustoms(), reporter, item, year);
    }

    /// <summary>Classification of a catalog item, with persistence when the top-flows file is present.</summary>
    public ItemClassification Classify(string reporter, string itemId, int year, TradeSourceChoice source = TradeSourceChoice.Auto) =>
        Classify(Indicators(reporter, itemId, year, source));

    /// <summary>Classification of computed indicators, with persistence when the top-flows file is present.</summary>
    public ItemClassification Classify(ItemIndicators indicators, bool withPersistence = true)
    {
        PersistenceResult? persistence = null;
        if (withPersistence && indicators.HasData && indicators.Scheme == ProductScheme.Hs6 && Sources.Has(TradeSources.TopFlowsId))
            persistence = TradePersistence.Evaluate(Sources.TopFlows(), indicators.Reporter, indicators.Item, indicators.Year, Thresholds);
        return ItemClassifier.Classify(indicators, Thresholds, persistence);
    }
}
