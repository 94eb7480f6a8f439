using System.Collections.Immutable;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Policy;

/// <summary>The validated policy records of one folder, in file order.</summary>
public sealed class PolicyRecordSet
{
    private readonly Dictionary<string, PolicyRecord> _byId;

    internal PolicyRecordSet(string folder, ImmutableArray<string> files, ImmutableArray<PolicyRecord> records)
    {
        Folder = folder;
        Files = files;
        Records = records;
        _byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Folder the records were read from.</summary>
    public string Folder { get; }

    /// <summary>Record files read, sorted by name.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>All records, file by file in file order.</summary>
    public ImmutableArray<PolicyRecord> Records { get; }

    /// <summary>Number of records.</summary>
    public int Count => Records.Length;

    /// <summary>The record with this id.</summary>
    /// <exception cref="UnknownLabelException">No such id; the message lists the closest ids.</exception>
    public PolicyRecord Get(string id) =>
        _byId.TryGetValue(id, out var r) ? r : throw new UnknownLabelException("policy record", id, Folder, _byId.Keys);

    /// <summary>The record with this id, or null.</summary>
    public PolicyRecord? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Records of the given kinds, in file order.</summary>
    public IEnumerable<PolicyRecord> OfKind(params string[] kinds) => Records.Where(r => kinds.Contains(r.Kind));

    /// <summary>Records whose jurisdiction is exactly <paramref name="jurisdiction"/>.</summary>
    public IEnumerable<PolicyRecord> In(string jurisdiction) => Records.Where(r => r.Jurisdiction == jurisdiction);

    /// <summary>
    /// Critical-product ids referenced by designations that are not in <paramref name="knownItemIds"/> (chapter 4's
    /// item records), for a cross-check once those records exist.
    /// </summary>
    public IReadOnlyList<(string RecordId, string ItemId)> UnresolvedItemRefs(IEnumerable<string> knownItemIds)
    {
        var known = knownItemIds.ToHashSet(StringComparer.Ordinal);
        return [.. Records.SelectMany(r => r.ItemRefs.Where(i => !known.Contains(i)).Select(i => (r.Id, i)))];
    }
}
