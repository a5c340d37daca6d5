using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PeoplesCongress.Tally.Records;

/// <summary>
/// One entry of the audit record (操作记录) as the chain sees it: the fields that are hashed. Role and action are
/// their wire names (e.g. "presidium", "ballot-closed"); a null field is distinct from an empty one.
/// </summary>
public sealed record ChainEntry(
    long Id, DateTimeOffset At, int? CredentialId, string? Role, string Name, string? Address, string Action,
    int? SittingId, int? BallotId, string Summary);

/// <summary>An entry with the two hashes stored beside it (lowercase hex; null when never chained).</summary>
public sealed record StoredEntry(ChainEntry Entry, string? PrevHash, string? Hash);

/// <summary>Why a chain does not hold, in words the record's readers understand.</summary>
public enum ChainProblemKind
{
    /// <summary>The entry carries no hash.</summary>
    Unchained,

    /// <summary>The entry's fields no longer give its stored hash: it was changed after it was written.</summary>
    Changed,

    /// <summary>An id is skipped: one or more entries were removed.</summary>
    Missing,

    /// <summary>An id comes earlier than the one before it, or twice: entries were moved or copied.</summary>
    Reordered,

    /// <summary>The entry's previous hash is not the hash of the entry before it: the chain was cut and re-linked.</summary>
    Relinked,
}

/// <summary>The first place a chain breaks.</summary>
public sealed record ChainProblem(long EntryId, ChainProblemKind Kind, string Reason)
{
    /// <summary>A stable code for the kind, e.g. "audit-chain-changed".</summary>
    public string Code => Kind switch
    {
        ChainProblemKind.Unchained => "audit-chain-unchained",
        ChainProblemKind.Changed => "audit-chain-changed",
        ChainProblemKind.Missing => "audit-chain-missing",
        ChainProblemKind.Reordered => "audit-chain-reordered",
        _ => "audit-chain-relinked",
    };
}

/// <summary>The outcome of walking a chain: how many entries, the head (last entry's hash) and the first problem.</summary>
public sealed record ChainCheck(int Entries, string Head, ChainProblem? Problem)
{
    public bool Intact => Problem is null;
}

/// <summary>
/// The rule of the chained audit record. Each entry's hash is SHA-256 over a canonical encoding of the previous
/// entry's hash and the entry's own fields, so changing, removing or moving any entry breaks every link after it
/// unless every later hash is rewritten too.
/// <para>
/// Encoding (version 1): the ASCII bytes <c>PC-AUDIT-1</c>, then eleven fields in this order, each as a 4-byte
/// big-endian length followed by that many bytes of UTF-8; a null field is the length 0xFFFFFFFF and no bytes:
/// previous hash (64 lowercase hex digits; <see cref="Genesis"/> for the first entry), id (decimal), time (UTC,
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), credential id (decimal), role, name, address, action, sitting id
/// (decimal), ballot id (decimal), summary. Because every field is length-prefixed, no two different entries encode
/// to the same bytes. The hash is written as 64 lowercase hex digits.
/// </para>
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry of a record.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Magic = "PC-AUDIT-1"u8.ToArray();

    public static string FormatTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The canonical bytes of <paramref name="entry"/> chained after <paramref name="previousHash"/>.</summary>
    public static byte[] Encode(string previousHash, ChainEntry entry)
    {
        using var stream = new MemoryStream();
        stream.Write(Magic);
        Field(stream, previousHash);
        Field(stream, Number(entry.Id));
        Field(stream, FormatTime(entry.At));
        Field(stream, Number(entry.CredentialId));
        Field(stream, entry.Role);
        Field(stream, entry.Name);
        Field(stream, entry.Address);
        Field(stream, entry.Action);
        Field(stream, Number(entry.SittingId));
        Field(stream, Number(entry.BallotId));
        Field(stream, entry.Summary);
        return stream.ToArray();
    }

    /// <summary>The hash of <paramref name="entry"/> chained after <paramref name="previousHash"/>, in lowercase hex.</summary>
    public static string Hash(string previousHash, ChainEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encode(previousHash, entry)));

    /// <summary>
    /// Walks <paramref name="entries"/> in the order given (the record's order, by id) and returns the first broken
    /// link. The first entry must follow <paramref name="firstPrevious"/> (the genesis for a whole record).
    /// </summary>
    public static ChainCheck Verify(IEnumerable<StoredEntry> entries, string? firstPrevious = null)
    {
        var expectedPrevious = firstPrevious ?? Genesis;
        long? previousId = null;
        var list = entries as IReadOnlyList<StoredEntry> ?? [.. entries];
        var ids = list.Select(e => e.Entry.Id).ToHashSet();
        var count = 0;
        foreach (var stored in list)
        {
            count++;
            var id = stored.Entry.Id;
            if (previousId is { } before && id != before + 1)
            {
                return id > before + 1 && !ids.Contains(before + 1)
                    ? Broken(count, expectedPrevious, id, ChainProblemKind.Missing,
                        $"第 {before} 条之后缺少第 {before + 1}–{id - 1} 条记录（记录被删除）")
                    : Broken(count, expectedPrevious, id, ChainProblemKind.Reordered,
                        $"第 {id} 条出现在第 {before} 条之后（记录的顺序被调换或有重复）");
            }
            if (stored.Hash is null || stored.PrevHash is null)
                return Broken(count, expectedPrevious, id, ChainProblemKind.Unchained, $"第 {id} 条没有校验值");
            if (!string.Equals(Hash(stored.PrevHash, stored.Entry), stored.Hash, StringComparison.Ordinal))
                return Broken(count, expectedPrevious, id, ChainProblemKind.Changed, $"第 {id} 条的内容与其校验值不符（记录被改动）");
            if (!string.Equals(stored.PrevHash, expectedPrevious, StringComparison.Ordinal))
                return Broken(count, expectedPrevious, id, ChainProblemKind.Relinked,
                    previousId is null
                        ? $"第 {id} 条的前一校验值与链的起点不符"
                        : $"第 {id} 条的前一校验值不是第 {previousId} 条的校验值（记录被移动、删除或改动后重新计算）");
            expectedPrevious = stored.Hash;
            previousId = id;
        }
        return new ChainCheck(count, expectedPrevious, null);
    }

    private static ChainCheck Broken(int count, string head, long id, ChainProblemKind kind, string reason) =>
        new(count, head, new ChainProblem(id, kind, reason));

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void Field(Stream stream, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteUInt32BigEndian(length, uint.MaxValue);
            stream.Write(length);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }
}
