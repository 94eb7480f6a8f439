using Deedle;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>Deedle frames of chapter 4's records and chart data (null → missing value, never 0).</summary>
public static class ChapterFrames
{
    /// <summary>Specified products: number, names, ministry, date, status, HS codes, prior, confidence, source.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<SpecifiedCriticalProduct> products) => new RecordFrame<SpecifiedCriticalProduct>()
        .Integer("number", p => p.Number).Text("id", p => p.Id).Text("nameJa", p => p.NameJa).Text("nameEn", p => p.NameEn)
        .Text("ministry", p => p.Ministry).Text("designationDate", p => p.DesignationDate).Text("status", p => p.Status)
        .Text("hsCodes", p => string.Join(" ", p.HsCodes)).Text("measures", p => p.Measures).Text("targets", p => p.Targets)
        .Text("priorGroup", p => p.PriorGroup?.ToString().ToLowerInvariant()).Text("confidence", p => p.Confidence)
        .Text("verify", p => string.Join("; ", p.Verify)).Text("sourceUrl", p => p.SourceUrl)
        .Build(products);

    /// <summary>Budgets: id, fiscal year, ministry, amount (billion JPY), confidence, source.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<CriticalProductBudget> budgets) => new RecordFrame<CriticalProductBudget>()
        .Text("id", b => b.Id).Text("fiscalYear", b => b.FiscalYear).Text("ministry", b => b.Ministry).Number("amountJpyBillion", b => b.AmountJpyBillion)
        .Text("purpose", b => b.Purpose).Text("confidence", b => b.Confidence).Text("sourceUrl", b => b.SourceUrl)
        .Build(budgets);

    /// <summary>Concentration matrix cells.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<ConcentrationCell> cells) => new RecordFrame<ConcentrationCell>()
        .Text("item", c => c.ItemId).Text("reporter", c => c.Reporter).Integer("year", c => c.Year).Flag("hasData", c => c.HasData)
        .Number("hhi", c => c.ImportHhi).Number("chinaShare", c => c.ChinaShare).Text("top1Partner", c => c.Top1Partner).Number("top1Share", c => c.Top1Share)
        .Number("imports", c => c.Imports).Text("unit", c => c.Unit).Text("basis", c => c.Basis).Text("reason", c => c.Reason)
        .Build(cells);

    /// <summary>Partner-share bar segments.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<PartnerShareBar> bars) => new RecordFrame<PartnerShareBar>()
        .Text("item", b => b.ItemId).Text("reporter", b => b.Reporter).Integer("year", b => b.Year).Integer("rank", b => b.Rank)
        .Text("partner", b => b.Partner).Number("share", b => b.Share).Number("value", b => b.Value).Text("unit", b => b.Unit)
        .Build(bars);

    /// <summary>Quadrant points.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<QuadrantPoint> points) => new RecordFrame<QuadrantPoint>()
        .Text("item", p => p.ItemId).Number("worldExportShare", p => p.WorldExportShare).Number("hhi", p => p.ImportHhi).Number("top1Share", p => p.Top1Share)
        .Text("class", p => p.Class.ToText()).Flag("offensive", p => p.Offensive).Flag("defensive", p => p.Defensive)
        .Text("priorGroup", p => p.PriorGroup?.ToString().ToLowerInvariant())
        .Build(points);

    /// <summary>China-share series points.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<ChinaSharePoint> points) => new RecordFrame<ChinaSharePoint>()
        .Text("item", p => p.ItemId).Text("reporter", p => p.Reporter).Integer("year", p => p.Year).Number("chinaShare", p => p.ChinaShare)
        .Number("importsUsd", p => p.ImportsUsd).Text("hsEdition", p => p.HsEdition)
        .Build(points);

    /// <summary>Data gaps.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<DataGap> gaps) => new RecordFrame<DataGap>()
        .Text("item", g => g.ItemId).Text("reporter", g => g.Reporter).Integer("year", g => g.Year).Text("reason", g => g.Reason).Text("howToFill", g => g.HowToFill)
        .Build(gaps);

    /// <summary>Rule-vs-prior comparison rows.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<PriorComparison> rows) => new RecordFrame<PriorComparison>()
        .Integer("product", r => r.ProductNumber).Text("productName", r => r.ProductName).Text("prior", r => r.PriorGroup?.ToString().ToLowerInvariant())
        .Text("item", r => r.ItemId).Text("class", r => r.Classification.ClassText).Flag("offensive", r => r.Classification.Offensive)
        .Flag("defensive", r => r.Classification.Defensive).Flag("agrees", r => r.Agrees).Text("reason", r => r.Reason)
        .Build(rows);
}
