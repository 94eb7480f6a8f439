using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Model.Codes;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// Industry names of a table's code list (<c>data/codes/industries.csv</c>) for chart labels and prose: a sink reads
/// "C30T33 Electrical and optical equipment" rather than a bare code. Codes the list does not know keep their code.
/// </summary>
public sealed class IndustryNames
{
    private readonly IndustryEdition? _edition;

    private IndustryNames(IndustryEdition? edition) => _edition = edition;

    /// <summary>No names: every label is the code itself.</summary>
    public static IndustryNames None { get; } = new(null);

    /// <summary>Id of the code list used, or null when none matched the table.</summary>
    public string? EditionId => _edition?.Id;

    /// <summary>The names of the edition whose industry list is the table's (else the edition named like its dataset).</summary>
    public static IndustryNames For(MrioTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(IndustryCodes.Detect(table.Industries) ?? IndustryCodes.Find(table.DatasetId));
    }

    /// <summary>The names of one code list of <c>data/codes/industries.csv</c> (e.g. <c>wiod2013</c>, <c>icio2023</c>).</summary>
    /// <exception cref="Errors.UnknownLabelException">No such code list.</exception>
    public static IndustryNames ForEdition(string editionId) => new(IndustryCodes.Get(editionId));

    /// <summary>The full name of an industry code, or null when unknown.</summary>
    public string? Name(string industry) => _edition?.Find(industry)?.Name;

    /// <summary>
    /// A short name: the full name up to its first semicolon, cut at <paramref name="maxLength"/> characters with an
    /// ellipsis; the code when the name is unknown.
    /// </summary>
    public string Short(string industry, int maxLength = 34)
    {
        if (Name(industry) is not { } name) return industry;
        var semicolon = name.IndexOf(';', StringComparison.Ordinal);
        if (semicolon > 0) name = name[..semicolon];
        return name.Length <= maxLength ? name : name[..(maxLength - 1)].TrimEnd(' ', ',') + "…";
    }

    /// <summary>"CODE short name", e.g. <c>C30T33 Electrical and optical equipment</c> (the code alone when unknown).</summary>
    public string Label(string industry, int maxLength = 34) =>
        Name(industry) is null ? industry : $"{industry} {Short(industry, maxLength)}";

    /// <summary>"COUNTRY CODE short name" for a node label <c>COUNTRY_CODE</c>.</summary>
    public string NodeLabel(string node, int maxLength = 34)
    {
        var underscore = node.IndexOf('_', StringComparison.Ordinal);
        return underscore <= 0 ? node : $"{node[..underscore]} {Label(node[(underscore + 1)..], maxLength)}";
    }
}
