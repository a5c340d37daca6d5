using System.Text;

namespace PeoplesCongress.VoterClient.Tests.Camera;

/// <summary>
/// A Y4M video for Chromium's fake camera (--use-file-for-fake-video-capture): the image centred on white, which
/// gives a QR code its quiet zone, in I420 (a Y plane from the grey levels, U and V neutral at 128).
/// </summary>
public static class FakeCameraVideo
{
    public static void Write(string path, PngImage image, int width = 640, int height = 480, int frames = 5)
    {
        if (image.Width > width || image.Height > height) throw new ArgumentException("the image does not fit the frame");
        var luma = new byte[width * height];
        Array.Fill(luma, (byte)255);
        var (left, top) = ((width - image.Width) / 2, (height - image.Height) / 2);
        for (var y = 0; y < image.Height; y++)
        {
            image.Luma.AsSpan(y * image.Width, image.Width).CopyTo(luma.AsSpan((top + y) * width + left));
        }
        var chroma = new byte[width / 2 * (height / 2)];
        Array.Fill(chroma, (byte)128);

        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n"));
        for (var f = 0; f < frames; f++)
        {
            file.Write("FRAME\n"u8);
            file.Write(luma);
            file.Write(chroma);
            file.Write(chroma);
        }
    }
}
