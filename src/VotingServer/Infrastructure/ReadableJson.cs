using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// How the server writes Chinese into JSON: as itself (three bytes of UTF-8) rather than as \uXXXX escapes (six),
/// so stored results read as they are published and every hub message is half the size. Characters that matter
/// to HTML (&lt; &gt; &amp; ' ") are still escaped.
/// </summary>
public static class ReadableJson
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
}
