using System.Globalization;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>The project's trade items (<c>data/critical_products/trade_items.csv</c>): item ↔ HS6 codes ↔ specified products.</summary>
public sealed class TradeItemCatalog
{
    private static readonly string[] s_scopes = ["exact", "proxy", "broad", "none"];
    private readonly Dictionary<string, TradeItem> _byId;

    private TradeItemCatalog(string file, IReadOnlyList<TradeItem> items)
    {
        File = file;
        Items = items;
        _byId = items.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file read.</summary>
    public string File { get; }

    /// <summary>Items in file order.</summary>
    public IReadOnlyList<TradeItem> Items { get; }

    /// <summary>The project's list.</summary>
    public static TradeItemCatalog Default => Read(RepositoryLayout.ProjectData("critical_products", "trade_items.csv"));

    /// <summary>Every HS6 code of every item.</summary>
    public IReadOnlySet<string> AllHs6 => Items.SelectMany(i => i.Hs6).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads and validates an item list.</summary>
    /// <exception cref="DataFormatException">Missing column, malformed code, unknown scope, duplicate id, missing source URL.</exception>
    public static TradeItemCatalog Read(string path)
    {
        if (!System.IO.File.Exists(path)) throw new DataFormatException(path, null, null, "item list not found");
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        const string layout = "trade item list";
        var h = reader.Header;
        int Col(string n) => TradeCsv.Column(h, path, layout, n);
        int id = Col("item_id"), name = Col("name"), hs6 = Col("hs6"), edition = Col("hs_edition"), products = Col("specified_products"),
            customs = Col("customs_group"), scope = Col("scope"), basis = Col("basis"), note = Col("note"), url = Col("source_url");
        var items = new List<TradeItem>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in reader)
        {
            if (TradeCsv.IsBlank(row)) continue;
            TradeCsv.CheckWidth(row, h.ColNames.Count, path);
            var line = row.LineNumberFrom;
            var itemId = row[id].ToString().Trim();
            if (itemId.Length == 0 || itemId.Any(ch => !(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-')))
                throw new DataFormatException(path, line, "item_id", $"item id '{itemId}' must be lower-case letters, digits and '-'");
            if (!seen.Add(itemId)) throw new DataFormatException(path, line, "item_id", $"duplicate item '{itemId}'");
            var codes = row[hs6].ToString().Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var c in codes)
                if (c.Length != 6 || !c.All(char.IsAsciiDigit)) throw new DataFormatException(path, line, "hs6", $"'{c}' is not an HS6 code");
            if (codes.Distinct().Count() != codes.Length) throw new DataFormatException(path, line, "hs6", "repeated HS6 code");
            var numbers = new List<int>();
            foreach (var n in row[products].ToString().Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k < 1 || k > 16)
                    throw new DataFormatException(path, line, "specified_products", $"'{n}' is not a specified-product number 1–16");
                numbers.Add(k);
            }
            var sc = row[scope].ToString().Trim();
            if (!s_scopes.Contains(sc)) throw new DataFormatException(path, line, "scope", $"scope '{sc}' is not one of {string.Join(", ", s_scopes)}");
            if (sc == "none" ? codes.Length > 0 : codes.Length == 0)
                throw new DataFormatException(path, line, "hs6", sc == "none" ? "scope 'none' takes no HS6 code" : "no HS6 code (use scope 'none')");
            var source = row[url].ToString().Trim();
            if (!source.StartsWith("https://", StringComparison.Ordinal)) throw new DataFormatException(path, line, "source_url", "source URL must start with https://");
            var group = row[customs].ToString().Trim();
            items.Add(new TradeItem(itemId, row[name].ToString().Trim(), codes, row[edition].ToString().Trim() is { Length: > 0 } e ? e : null, numbers,
                group.Length == 0 ? null : group, sc, row[basis].ToString().Trim(), row[note].ToString().Trim(), source));
        }
        return new TradeItemCatalog(path, items);
    }

    /// <summary>An item by id (case-insensitive).</summary>
    /// <exception cref="UnknownLabelException">Unknown id; the message lists the closest ids.</exception>
    public TradeItem Get(string id) =>
        _byId.TryGetValue(id, out var item) ? item : throw new UnknownLabelException("item", id, Path.GetFileName(File) + " (see 'scn items list')", _byId.Keys);

    /// <summary>Items belonging to a specified product (1–16).</summary>
    public IReadOnlyList<TradeItem> OfSpecifiedProduct(int number) => Items.Where(i => i.SpecifiedProducts.Contains(number)).ToArray();
}
