using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>
/// The project's records of Japan's specified critical products and their public budgets
/// (<c>data/critical_products/japan_specified_critical_products.json</c>), read and validated against the record
/// schema and the trade-item list: every record has a source URL, a known ministry (or a "verify" note saying why
/// not), an ISO date, six-digit HS codes equal to the union of its trade items' codes, and a confidence with "verify"
/// notes whenever it is not high.
/// </summary>
public sealed partial class SpecifiedProductRecords
{
    /// <summary>Ministries a record may name.</summary>
    public static IReadOnlyList<string> Ministries { get; } = ["METI", "MHLW", "MAFF", "MLIT"];

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private SpecifiedProductRecords(string file, Document doc)
    {
        File = file;
        Products = doc.Products;
        Budgets = doc.Budgets;
        HsEdition = doc.HsEdition;
        PriorGroupSource = doc.PriorGroupSource;
        Process = doc.Process;
    }

    /// <summary>The file read.</summary>
    public string File { get; }

    /// <summary>The products, by number.</summary>
    public IReadOnlyList<SpecifiedCriticalProduct> Products { get; }

    /// <summary>Public budget figures.</summary>
    public IReadOnlyList<CriticalProductBudget> Budgets { get; }

    /// <summary>HS edition statement.</summary>
    public string HsEdition { get; }

    /// <summary>Where the prior grouping comes from and how certain it is.</summary>
    public string PriorGroupSource { get; }

    /// <summary>The designation → policy → plan → support process, with its source.</summary>
    public ProcessRecord Process { get; }

    /// <summary>The project's records, validated against the project's trade items.</summary>
    public static SpecifiedProductRecords Default => Load(RepositoryLayout.ProjectData("critical_products", "japan_specified_critical_products.json"));

    /// <summary>A product by number.</summary>
    public SpecifiedCriticalProduct ByNumber(int number) =>
        Products.FirstOrDefault(p => p.Number == number)
        ?? throw new UnknownLabelException("specified product number", number.ToString(System.Globalization.CultureInfo.InvariantCulture), System.IO.Path.GetFileName(File), Products.Select(p => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Reads and validates the records.</summary>
    /// <exception cref="DataFormatException">Invalid JSON or schema violations (the message lists them with the record numbers).</exception>
    public static SpecifiedProductRecords Load(string path, TradeItemCatalog? items = null)
    {
        if (!System.IO.File.Exists(path)) throw new DataFormatException(path, null, null, "records file not found");
        Document? doc;
        try
        {
            doc = JsonSerializer.Deserialize<Document>(System.IO.File.ReadAllText(path), s_json);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, e.LineNumber + 1, e.Path, $"invalid records JSON: {e.Message}", e);
        }
        if (doc is null) throw new DataFormatException(path, 1, null, "empty records file");
        var problems = Problems(doc, items ?? TradeItemCatalog.Default);
        if (problems.Count > 0)
            throw new DataFormatException(path, null, null, $"{problems.Count} schema problem(s): {string.Join("; ", problems.Take(8))}");
        return new SpecifiedProductRecords(path, doc);
    }

    /// <summary>The schema problems of a records document (empty when valid).</summary>
    internal static IReadOnlyList<string> Problems(Document doc, TradeItemCatalog items)
    {
        var p = new List<string>();
        if (doc.Products.Count == 0) p.Add("no products");
        var numbers = doc.Products.Select(x => x.Number).ToArray();
        if (!numbers.Order().SequenceEqual(Enumerable.Range(1, numbers.Length))) p.Add($"numbers must run 1..{numbers.Length} without gaps or repeats");
        foreach (var dup in doc.Products.GroupBy(x => x.Id).Where(g => g.Count() > 1)) p.Add($"duplicate id '{dup.Key}'");
        foreach (var r in doc.Products)
        {
            var at = $"product {r.Number} ({r.Id})";
            if (!IdPattern().IsMatch(r.Id)) p.Add($"{at}: id must be lower-case words joined by '-'");
            if (string.IsNullOrWhiteSpace(r.NameJa) || string.IsNullOrWhiteSpace(r.NameEn)) p.Add($"{at}: Japanese and English names are required");
            if (r.Ministry is null ? !r.Verify.Any(v => v.Contains("ministry", StringComparison.OrdinalIgnoreCase)) : !Ministries.Contains(r.Ministry))
                p.Add($"{at}: ministry must be one of {string.Join(", ", Ministries)}, or null with a 'verify' note about the ministry");
            if (!DatePattern().IsMatch(r.DesignationDate)) p.Add($"{at}: designationDate '{r.DesignationDate}' is not YYYY-MM-DD or YYYY-MM");
            if (r.Status is not ("designated" or "announced")) p.Add($"{at}: status must be designated or announced");
            if (string.IsNullOrWhiteSpace(r.Scope) || string.IsNullOrWhiteSpace(r.Measures) || string.IsNullOrWhiteSpace(r.DesignationEvent))
                p.Add($"{at}: scope, measures and designationEvent are required");
            foreach (var hs in r.HsCodes)
                if (!Hs6Pattern().IsMatch(hs)) p.Add($"{at}: '{hs}' is not an HS6 code");
            if (r.TradeItems.Count == 0) p.Add($"{at}: at least one trade item (use an item with scope 'none' when no HS code exists)");
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in r.TradeItems)
            {
                var item = items.Items.FirstOrDefault(i => i.Id == id);
                if (item is null) { p.Add($"{at}: unknown trade item '{id}'"); continue; }
                union.UnionWith(item.Hs6);
                if (!item.SpecifiedProducts.Contains(r.Number)) p.Add($"{at}: trade item '{id}' does not list product {r.Number} in specified_products");
            }
            if (!union.SetEquals(r.HsCodes)) p.Add($"{at}: hsCodes differ from the union of its trade items' HS6 codes");
            if (!IsUrl(r.SourceUrl)) p.Add($"{at}: sourceUrl must be an https URL");
            foreach (var s in r.AdditionalSources)
                if (!IsUrl(s.Url) || string.IsNullOrWhiteSpace(s.Supports)) p.Add($"{at}: additional sources need an https URL and what they support");
            if (r.Confidence is not ("high" or "medium" or "low")) p.Add($"{at}: confidence must be high, medium or low");
            if (r.Confidence != "high" && r.Verify.Count == 0) p.Add($"{at}: confidence '{r.Confidence}' needs at least one 'verify' note");
        }
        foreach (var item in items.Items)
            foreach (var n in item.SpecifiedProducts)
                if (doc.Products.FirstOrDefault(x => x.Number == n) is { } prod && !prod.TradeItems.Contains(item.Id))
                    p.Add($"trade item '{item.Id}' lists product {n}, whose record does not list the item");
        foreach (var dup in doc.Budgets.GroupBy(b => b.Id).Where(g => g.Count() > 1)) p.Add($"duplicate budget id '{dup.Key}'");
        foreach (var b in doc.Budgets)
        {
            if (!(b.AmountJpyBillion > 0)) p.Add($"budget {b.Id}: amount must be positive");
            if (!IsUrl(b.SourceUrl)) p.Add($"budget {b.Id}: sourceUrl must be an https URL");
            if (b.Confidence is not ("high" or "medium" or "low")) p.Add($"budget {b.Id}: confidence must be high, medium or low");
            if (b.Confidence != "high" && b.Verify.Count == 0) p.Add($"budget {b.Id}: confidence '{b.Confidence}' needs a 'verify' note");
        }
        if (!IsUrl(doc.Process.SourceUrl)) p.Add("process: sourceUrl must be an https URL");
        return p;
    }

    private static bool IsUrl(string? s) => Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps;

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(19|20)\d{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex Hs6Pattern();

    /// <summary>The designation → policy → plan → support process.</summary>
    /// <param name="Summary">In the project's words.</param>
    /// <param name="SourceUrl">Source.</param>
    public sealed record ProcessRecord(string Summary, string SourceUrl);

    internal sealed record Document
    {
        public required string Title { get; init; }
        public required string HsEdition { get; init; }
        public required string PriorGroupSource { get; init; }
        public required ProcessRecord Process { get; init; }
        public required IReadOnlyList<SpecifiedCriticalProduct> Products { get; init; }
        public IReadOnlyList<CriticalProductBudget> Budgets { get; init; } = [];
        public string? CompiledBy { get; init; }
    }
}
