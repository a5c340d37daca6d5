using System.Security.Cryptography;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// Random bytes from the operating system's cryptographic generator, drawn 4 KiB at a time for each thread and handed
/// out in slices, each once: the bytes handed out are cleared from the block at once. A call into the generator for
/// each of a cast's three draws (its row key, its seal's nonce, its tracking code) was 7 % of a cast's CPU.
/// </summary>
public static class RandomBytes
{
    private const int BlockSize = 4096;

    [ThreadStatic] private static byte[]? block;
    [ThreadStatic] private static int used;

    public static void Fill(Span<byte> destination)
    {
        if (destination.Length > BlockSize / 8)
        {
            RandomNumberGenerator.Fill(destination);
            return;
        }
        if (block is null || used + destination.Length > BlockSize)
        {
            block ??= new byte[BlockSize];
            RandomNumberGenerator.Fill(block);
            used = 0;
        }
        var slice = block.AsSpan(used, destination.Length);
        slice.CopyTo(destination);
        slice.Clear();
        used += destination.Length;
    }

    public static byte[] Get(int count)
    {
        var bytes = new byte[count];
        Fill(bytes);
        return bytes;
    }
}
