using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PeoplesCongress.VoterClient.Tests.Camera;

/// <summary>
/// A greyscale image read from a PNG file. Only what a QR code needs: non-interlaced greyscale or palette images of
/// 1–8 bits (QRCoder writes 1-bit greyscale), with every PNG row filter.
/// </summary>
public sealed record PngImage(int Width, int Height, byte[] Luma)
{
    public static PngImage Decode(byte[] png)
    {
        int width = 0, height = 0, bitDepth = 0, colorType = 0;
        byte[] palette = [];
        using var compressed = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                (bitDepth, colorType) = (data[8], data[9]);
                if (colorType is not (0 or 3) || bitDepth > 8 || data[12] != 0) throw new NotSupportedException($"PNG colour type {colorType}, depth {bitDepth}, interlace {data[12]}");
            }
            else if (type == "PLTE") palette = data.ToArray();
            else if (type == "IDAT") compressed.Write(data);
            at += 12 + length;
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var rows = Unfilter(inflated.ToArray(), (width * bitDepth + 7) / 8, height, Math.Max(1, bitDepth / 8));

        var luma = new byte[width * height];
        var max = (1 << bitDepth) - 1;
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var bit = x * bitDepth;
            var sample = (rows[y][bit / 8] >> (8 - bitDepth - bit % 8)) & max;
            luma[y * width + x] = colorType == 3
                ? (byte)((palette[sample * 3] * 299 + palette[sample * 3 + 1] * 587 + palette[sample * 3 + 2] * 114) / 1000)
                : (byte)(sample * 255 / max);
        }
        return new PngImage(width, height, luma);
    }

    /// <summary>Undoes the per-row filters (None, Sub, Up, Average, Paeth) of PNG section 9.</summary>
    private static byte[][] Unfilter(byte[] data, int stride, int height, int bytesPerPixel)
    {
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var row = data.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0, up = previous[i], upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
            rows[y] = previous = row;
        }
        return rows;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
