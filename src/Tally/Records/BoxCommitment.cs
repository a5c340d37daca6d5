using System.Security.Cryptography;
using System.Text;

namespace PeoplesCongress.Tally.Records;

/// <summary>
/// The commitment to a counted box: the root of a Merkle tree over the box as published, its ballots' choices in
/// the order of their random keys. The tree is the one of RFC 6962 (certificate transparency): a leaf is
/// SHA-256(0x00 ‖ UTF-8 of the choices), an inner node SHA-256(0x01 ‖ left ‖ right), and a list of n &gt; 1 leaves
/// splits after the largest power of two below n. The root of an empty box is SHA-256 of no bytes. Changing,
/// dropping, adding or moving any ballot changes the root. Written as 64 lowercase hex digits.
/// </summary>
public static class BoxCommitment
{
    public static string Root(IReadOnlyList<string> choices)
    {
        if (choices.Count == 0) return Convert.ToHexStringLower(SHA256.HashData([]));
        var level = choices.Select(Leaf).ToList();
        return Convert.ToHexStringLower(Node(level, 0, level.Count));
    }

    public static byte[] Leaf(string choices)
    {
        var bytes = Encoding.UTF8.GetBytes(choices);
        var input = new byte[bytes.Length + 1];
        bytes.CopyTo(input, 1);
        return SHA256.HashData(input);
    }

    private static byte[] Node(List<byte[]> leaves, int start, int count)
    {
        if (count == 1) return leaves[start];
        var split = 1;
        while (split * 2 < count) split *= 2;
        var input = new byte[65];
        input[0] = 1;
        Node(leaves, start, split).CopyTo(input, 1);
        Node(leaves, start + split, count - split).CopyTo(input, 33);
        return SHA256.HashData(input);
    }
}
