using Deedle;

namespace SupplyChainNotebooks.Trade;

/// <summary>Deedle frames of the trade results, for notebooks (one row per record; null → missing value).</summary>
public static class TradeFrames
{
    /// <summary>Flows: year, exporter, importer, product, material, value, unit, quantityTonnes, layout.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<TradeFlow> flows) => new RecordFrame<TradeFlow>()
        .Integer("year", f => f.Year).Text("exporter", f => f.Exporter).Text("importer", f => f.Importer)
        .Text("product", f => f.Product).Text("material", f => f.Material).Number("value", f => f.Value)
        .Text("unit", f => f.Unit.ToCode()).Number("quantityTonnes", f => f.QuantityTonnes).Text("layout", f => f.Layout.ToFormatId())
        .Build(flows);

    /// <summary>Partner shares: partner, value, share.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<PartnerShare> partners) => new RecordFrame<PartnerShare>()
        .Text("partner", p => p.Partner).Number("value", p => p.Value).Number("share", p => p.Share)
        .Build(partners);

    /// <summary>Indicators: one row per reporter × item × year with every §4.2 number and the reasons for nulls.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<ItemIndicators> indicators) => Indicators<ItemIndicators>(x => x).Build(indicators);

    /// <summary>Classifications: the indicators plus flags, class, basis and persistence.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<ItemClassification> classifications) => Indicators<ItemClassification>(c => c.Indicators)
        .Flag("offensive", c => c.Offensive).Flag("defensive", c => c.Defensive).Text("class", c => c.ClassText)
        .Text("offensiveBasis", c => c.OffensiveBasis)
        .Flag("offensivePersistent", c => c.Persistence?.OffensivePersistent).Flag("defensivePersistent", c => c.Persistence?.DefensivePersistent)
        .Text("persistenceLabel", c => c.Persistence?.Label)
        .Build(classifications);

    private static RecordFrame<T> Indicators<T>(Func<T, ItemIndicators> of) => new RecordFrame<T>()
        .Text("reporter", r => of(r).Reporter).Text("item", r => of(r).Item.Id).Integer("year", r => of(r).Year)
        .Text("status", r => of(r).HasData ? "computed" : "no data").Text("unit", r => of(r).Unit.ToCode())
        .Number("imports", r => of(r).Imports).Number("importsUsd", r => of(r).ImportsUsd)
        .Text("top1Partner", r => of(r).Top1Partner).Number("top1Share", r => of(r).Top1Share).Number("chinaShare", r => of(r).ChinaShare)
        .Number("hhi", r => of(r).ImportHhi).Integer("partners", r => of(r).PartnerCount).Number("exports", r => of(r).Exports)
        .Number("importExportRatio", r => of(r).ImportExportRatio).Flag("ratioCapped", r => of(r).ImportExportRatioCapped)
        .Number("worldExportShare", r => of(r).WorldExportShare).Number("worldExportHhi", r => of(r).WorldExportHhi).Number("rca", r => of(r).Rca)
        .Text("products", r => string.Join("+", of(r).ProductsUsed)).Text("missingProducts", r => string.Join("+", of(r).ProductsMissing))
        .Flag("truncated", r => of(r).Truncated).Text("reason", r => of(r).NoDataReason).Text("source", r => of(r).Source);
}
