using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Material → HS6 code of the atlas' top-flows file (the project's list <c>data/trade/atlas_topflows_materials.csv</c>).
/// Several materials may share one HS6 code (gallium, germanium and hafnium: HS 8112.92); their rows are the same
/// flows repeated and are read once, never added.
/// </summary>
public sealed class AtlasMaterialCodes
{
    private readonly Dictionary<string, string> _hs6;

    private AtlasMaterialCodes(string file, Dictionary<string, string> hs6)
    {
        File = file;
        _hs6 = hs6;
    }

    /// <summary>The list read.</summary>
    public string File { get; }

    /// <summary>The project's list.</summary>
    public static AtlasMaterialCodes Default => Read(RepositoryLayout.ProjectData("trade", "atlas_topflows_materials.csv"));

    /// <summary>All materials.</summary>
    public IReadOnlyCollection<string> Materials => _hs6.Keys;

    /// <summary>Reads a list with columns <c>material, hs6</c>.</summary>
    /// <exception cref="DataFormatException">Missing columns, malformed code or duplicate material.</exception>
    public static AtlasMaterialCodes Read(string path)
    {
        if (!System.IO.File.Exists(path)) throw new DataFormatException(path, null, null, "material list not found");
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        var material = TradeCsv.Column(reader.Header, path, "material list", "material");
        var hs6 = TradeCsv.Column(reader.Header, path, "material list", "hs6");
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in reader)
        {
            if (TradeCsv.IsBlank(row)) continue;
            var name = row[material].ToString().Trim();
            if (name.Length == 0) throw new DataFormatException(path, row.LineNumberFrom, "material", "empty material");
            if (!map.TryAdd(name, TradeCsv.Hs6(row, hs6, "hs6", path)))
                throw new DataFormatException(path, row.LineNumberFrom, "material", $"duplicate material '{name}'");
        }
        return new AtlasMaterialCodes(path, map);
    }

    /// <summary>The HS6 code of a material.</summary>
    /// <exception cref="UnknownLabelException">Unknown material; the message names where it was met and the nearby materials.</exception>
    public string Hs6Of(string material, string where) =>
        _hs6.TryGetValue(material, out var code) ? code : throw new UnknownLabelException("material", material, where, _hs6.Keys);

    /// <summary>The materials sharing an HS6 code, in list order (one element for most codes).</summary>
    public IReadOnlyList<string> MaterialsOf(string hs6) => _hs6.Where(kv => kv.Value == hs6).Select(kv => kv.Key).ToArray();
}
