using System.Numerics;
using System.Runtime.InteropServices;

namespace SupplyChainNotebooks.Data;

/// <summary>
/// A fast 64-bit checksum for cache files (not cryptographic: it detects truncation, bit rot and partial writes, not
/// tampering). Four independent multiply–rotate lanes over 8-byte words, so it runs at memory speed; the lanes, the
/// tail bytes and the total length are mixed at the end. Incremental: append any number of spans.
/// </summary>
internal sealed class CacheChecksum
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    private ulong _a = Prime1, _b = Prime2, _c = Prime3, _d = Prime1 ^ Prime2;
    private readonly byte[] _pending = new byte[32];
    private int _pendingCount;
    private long _length;

    /// <summary>Adds bytes.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        _length += data.Length;
        if (_pendingCount > 0)
        {
            var take = Math.Min(32 - _pendingCount, data.Length);
            data[..take].CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += take;
            data = data[take..];
            if (_pendingCount < 32) return;
            Rounds(_pending);
            _pendingCount = 0;
        }
        var whole = data.Length / 32 * 32;
        if (whole > 0) Rounds(data[..whole]);
        data[whole..].CopyTo(_pending);
        _pendingCount = data.Length - whole;
    }

    /// <summary>Adds the bytes of a span of doubles.</summary>
    public void Append(ReadOnlySpan<double> values) => Append(MemoryMarshal.AsBytes(values));

    /// <summary>The checksum of everything appended so far.</summary>
    public ulong Value
    {
        get
        {
            var h = BitOperations.RotateLeft(_a, 1) + BitOperations.RotateLeft(_b, 7) + BitOperations.RotateLeft(_c, 12) + BitOperations.RotateLeft(_d, 18);
            for (var i = 0; i < _pendingCount; i++) h = BitOperations.RotateLeft(h ^ (_pending[i] * Prime3), 11) * Prime1;
            h ^= (ulong)_length * Prime2;
            h ^= h >> 33;
            h *= Prime2;
            h ^= h >> 29;
            h *= Prime3;
            return h ^ (h >> 32);
        }
    }

    private void Rounds(ReadOnlySpan<byte> data)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        ulong a = _a, b = _b, c = _c, d = _d;
        for (var i = 0; i + 3 < words.Length; i += 4)
        {
            a = BitOperations.RotateLeft(a + words[i] * Prime2, 31) * Prime1;
            b = BitOperations.RotateLeft(b + words[i + 1] * Prime2, 31) * Prime1;
            c = BitOperations.RotateLeft(c + words[i + 2] * Prime2, 31) * Prime1;
            d = BitOperations.RotateLeft(d + words[i + 3] * Prime2, 31) * Prime1;
        }
        (_a, _b, _c, _d) = (a, b, c, d);
    }
}
