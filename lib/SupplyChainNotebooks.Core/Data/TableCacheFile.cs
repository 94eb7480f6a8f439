using System.Runtime.InteropServices;
using System.Text;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// The binary layout of one parsed-table cache entry (little-endian):
/// <c>magic "SCNTBL01"</c> · <c>int32 header length</c> · header (key, dataset, year, source, labels, shapes) ·
/// <c>int64 payload bytes</c> · payload (Z, F, x, value added, taxes, other primary inputs as raw doubles) ·
/// <c>uint64 checksum</c> of header and payload · <c>magic "SCNEND01"</c>. The length is checked against the header
/// before any payload is read, and the checksum after, so a truncated, partially written or damaged file is rejected.
/// </summary>
internal static class TableCacheFile
{
    private static readonly byte[] s_magic = "SCNTBL01"u8.ToArray();
    private static readonly byte[] s_end = "SCNEND01"u8.ToArray();

    /// <summary>Why an entry could not be used.</summary>
    internal enum Rejection
    {
        /// <summary>Usable.</summary>
        None,

        /// <summary>Written for another source file, reader option set or code version.</summary>
        Stale,

        /// <summary>Wrong magic, length, checksum or structure.</summary>
        Corrupt,
    }

    /// <summary>Writes <paramref name="table"/> with its cache key.</summary>
    public static void Write(Stream stream, MrioTable table, string key)
    {
        var header = new MemoryStream();
        using (var w = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(key);
            w.Write(table.DatasetId);
            w.Write(table.Year.HasValue);
            w.Write(table.Year ?? 0);
            w.Write(table.Source.Sha256 ?? "");
            w.Write(table.Source.Format);
            w.Write(table.NodeCount);
            foreach (var node in table.Nodes) { w.Write(node.Country); w.Write(node.Industry); }
            w.Write(table.FinalDemandColumns.Length);
            foreach (var c in table.FinalDemandColumns) { w.Write(c.Country); w.Write(c.Category); }
            w.Write(table.ValueAdded.HasValue);
            w.Write(table.TaxesLessSubsidies.HasValue);
            var others = table.OtherPrimaryInputs.Keys.Order(StringComparer.Ordinal).ToArray();
            w.Write(others.Length);
            foreach (var label in others) w.Write(label);
        }
        var checksum = new CacheChecksum();
        var headerBytes = header.ToArray();
        checksum.Append(headerBytes);
        stream.Write(s_magic);
        stream.Write(BitConverter.GetBytes(headerBytes.Length));
        stream.Write(headerBytes);
        var arrays = Payload(table).ToArray();
        stream.Write(BitConverter.GetBytes(arrays.Sum(a => (long)a.Length) * sizeof(double)));
        foreach (var array in arrays)
        {
            var bytes = MemoryMarshal.AsBytes(array.Span);
            checksum.Append(bytes);
            stream.Write(bytes);
        }
        stream.Write(BitConverter.GetBytes(checksum.Value));
        stream.Write(s_end);
    }

    /// <summary>Reads an entry; <paramref name="table"/> is null unless the result is <see cref="Rejection.None"/>.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="expectedKey">The key the entry must carry.</param>
    /// <param name="sourcePath">Path recorded in the restored <see cref="TableSource"/> (where the source is now).</param>
    /// <param name="table">The table.</param>
    public static Rejection Read(Stream stream, string expectedKey, string sourcePath, out MrioTable? table)
    {
        table = null;
        if (!BitConverter.IsLittleEndian) return Rejection.Stale;
        Span<byte> small = stackalloc byte[8];
        if (stream.ReadAtLeast(small, 8, throwOnEndOfStream: false) < 8 || !small.SequenceEqual(s_magic)) return Rejection.Corrupt;
        if (stream.ReadAtLeast(small[..4], 4, false) < 4) return Rejection.Corrupt;
        var headerLength = BitConverter.ToInt32(small[..4]);
        if (headerLength <= 0 || headerLength > stream.Length) return Rejection.Corrupt;
        var headerBytes = new byte[headerLength];
        if (stream.ReadAtLeast(headerBytes, headerLength, false) < headerLength) return Rejection.Corrupt;
        var checksum = new CacheChecksum();
        checksum.Append(headerBytes);
        using var r = new BinaryReader(new MemoryStream(headerBytes), Encoding.UTF8);
        try
        {
            if (r.ReadString() != expectedKey) return Rejection.Stale;
            var datasetId = r.ReadString();
            var hasYear = r.ReadBoolean();
            var year = r.ReadInt32();
            var sha = r.ReadString();
            var format = r.ReadString();
            var n = r.ReadInt32();
            if (n <= 0 || (long)n * n * sizeof(double) > stream.Length) return Rejection.Corrupt;
            var nodes = new NodeLabel[n];
            for (var i = 0; i < n; i++) nodes[i] = new NodeLabel(r.ReadString(), r.ReadString());
            var m = r.ReadInt32();
            if (m < 0) return Rejection.Corrupt;
            var fd = new FinalDemandColumn[m];
            for (var c = 0; c < m; c++) fd[c] = new FinalDemandColumn(r.ReadString(), r.ReadString());
            var hasVa = r.ReadBoolean();
            var hasTls = r.ReadBoolean();
            var otherCount = r.ReadInt32();
            if (otherCount < 0 || otherCount > 10_000) return Rejection.Corrupt;
            var otherLabels = new string[otherCount];
            for (var o = 0; o < otherCount; o++) otherLabels[o] = r.ReadString();

            var expectedDoubles = (long)n * n + (long)n * m + n + (hasVa ? n : 0) + (hasTls ? n : 0) + (long)otherCount * n;
            if (stream.ReadAtLeast(small, 8, false) < 8 || BitConverter.ToInt64(small) != expectedDoubles * sizeof(double)) return Rejection.Corrupt;
            if (stream.Length != 8 + 4 + headerLength + 8 + expectedDoubles * sizeof(double) + 8 + 8) return Rejection.Corrupt;

            var z = ReadDoubles(stream, (long)n * n, checksum);
            var f = ReadDoubles(stream, (long)n * m, checksum);
            var x = ReadDoubles(stream, n, checksum);
            var va = hasVa ? ReadDoubles(stream, n, checksum) : null;
            var tls = hasTls ? ReadDoubles(stream, n, checksum) : null;
            var others = new Dictionary<string, double[]>(StringComparer.Ordinal);
            foreach (var label in otherLabels)
            {
                if (ReadDoubles(stream, n, checksum) is not { } values) return Rejection.Corrupt;
                others[label] = values;
            }
            if (z is null || f is null || x is null || (hasVa && va is null) || (hasTls && tls is null)) return Rejection.Corrupt;
            if (stream.ReadAtLeast(small, 8, false) < 8 || BitConverter.ToUInt64(small) != checksum.Value) return Rejection.Corrupt;
            if (stream.ReadAtLeast(small, 8, false) < 8 || !small.SequenceEqual(s_end)) return Rejection.Corrupt;

            table = new MrioTable(datasetId, hasYear ? year : null, new TableSource(sourcePath, sha.Length == 0 ? null : sha, format),
                nodes, z, fd, f, x, va, tls, others);
            return Rejection.None;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or Errors.SupplyChainException or ArgumentException)
        {
            return Rejection.Corrupt;
        }
    }

    private static IEnumerable<ReadOnlyMemory<double>> Payload(MrioTable table)
    {
        yield return table.IntermediateStorage;
        yield return table.FinalDemandStorage;
        yield return table.GrossOutput.AsMemory();
        if (table.ValueAdded is { } va) yield return va.AsMemory();
        if (table.TaxesLessSubsidies is { } tls) yield return tls.AsMemory();
        foreach (var label in table.OtherPrimaryInputs.Keys.Order(StringComparer.Ordinal)) yield return table.OtherPrimaryInputs[label].AsMemory();
    }

    private static double[]? ReadDoubles(Stream stream, long count, CacheChecksum checksum)
    {
        var values = GC.AllocateUninitializedArray<double>(checked((int)count));
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) < bytes.Length) return null;
        checksum.Append(bytes);
        return values;
    }
}
