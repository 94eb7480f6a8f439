using System.Collections.Immutable;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.KoreaJapan;

/// <summary>
/// The chapter 4 trade items that stand for one deep-dive item: every item of chapter 4's list
/// (<c>data/critical_products/trade_items.csv</c>) with at least one HS6 code of the mapping, in list order, and — when
/// mapping codes are left that no chapter 4 item holds — one ad-hoc item of those codes (<see cref="TradeItem.FromHs6"/>),
/// so no code of the mapping is silently dropped.
/// </summary>
public static class SectorTradeItems
{
    /// <summary>The trade items of a deep-dive item.</summary>
    /// <param name="item">Item of the sector mapping.</param>
    /// <param name="catalog">Chapter 4's item list (default the project's).</param>
    public static ImmutableArray<TradeItem> For(SectorItem item, TradeItemCatalog? catalog = null)
    {
        catalog ??= TradeItemCatalog.Default;
        var wanted = item.Hs6.ToHashSet(StringComparer.Ordinal);
        var list = catalog.Items.Where(t => t.Hs6.Any(wanted.Contains)).ToList();
        var held = list.SelectMany(t => t.Hs6).ToHashSet(StringComparer.Ordinal);
        var left = item.Hs6.Where(h => !held.Contains(h)).ToArray();
        if (left.Length > 0)
        {
            var adHoc = TradeItem.FromHs6($"{item.ItemId}-other", string.Join(" ", left));
            list.Add(adHoc with { Name = $"{item.Label}: other codes (HS {string.Join("+", left)})", Scope = "mapping", Basis = "data/sectors/korea-japan-sectors.json (no chapter 4 item holds these codes)" });
        }
        return [.. list];
    }

    /// <summary>True when the item is one of chapter 4's list (not an ad-hoc item of leftover codes).</summary>
    public static bool IsCatalogItem(TradeItem item, TradeItemCatalog catalog) =>
        catalog.Items.Any(t => string.Equals(t.Id, item.Id, StringComparison.OrdinalIgnoreCase));
}
