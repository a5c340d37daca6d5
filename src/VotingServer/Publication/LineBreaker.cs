namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// Breaks Chinese text into lines that fit a width, by the rules of Chinese typesetting (禁则): no line starts with
/// closing punctuation (。，、；：？！）」” …) and none ends with an opening one (（「“ …); a run of Latin letters or
/// digits (a figure, 22.5%) stays whole when it fits on a line. A character that may not start a line takes the last
/// character of the line before it down with it.
/// </summary>
public static class LineBreaker
{
    /// <summary>Characters that may not begin a line.</summary>
    public const string NoStart = "。，、；：？！）」』”’》〉】〕．.,;:?!%％)]}…·—～";

    /// <summary>Characters that may not end a line.</summary>
    public const string NoEnd = "（「『“‘《〈【〔([{";

    public static List<string> Wrap(string text, Func<string, double> measure, double width)
    {
        var lines = new List<string>();
        var line = "";
        var i = 0;
        while (i < text.Length)
        {
            var piece = Piece(text, i);
            // A run too long for any line is broken like any other text.
            if (piece.Length > 1 && measure(piece) > width) piece = text[i].ToString();
            if (line.Length > 0 && measure(line + piece) > width)
            {
                var carried = Carry(line, piece);
                lines.Add(line[..^carried.Length]);
                line = carried;
                if (carried.Length > 0) continue;
            }
            line += piece;
            i += piece.Length;
        }
        lines.Add(line);
        return lines;
    }

    /// <summary>What moves down from the end of a full line so that the next line starts and this one ends properly.</summary>
    private static string Carry(string line, string next)
    {
        var carry = 0;
        int before;
        // Until neither rule moves anything more: a whole figure taken down may leave an opening mark at the end
        // (（ before 12.80%).
        do
        {
            before = carry;
            // Take characters down while the new line would start with a no-start character, or this one end with a no-end.
            while (carry < line.Length - 1)
            {
                var start = carry == 0 ? next[0] : line[^carry];
                var end = line[^(carry + 1)];
                if (NoStart.Contains(start) || NoEnd.Contains(end)) carry++;
                else break;
            }
            // What moves down takes the whole of a figure or word it cuts into (33.33% stays whole).
            while (carry > 0 && carry < line.Length - 1 && IsWordChar(line[^carry]) && IsWordChar(line[^(carry + 1)])) carry++;
        }
        while (carry != before);
        return carry == 0 ? "" : line[^carry..];
    }

    /// <summary>One unit that is never split: a run of Latin letters and digits, or a single character.</summary>
    private static string Piece(string text, int at)
    {
        var end = at;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return end > at ? text[at..end] : text[at].ToString();
    }

    private static bool IsWordChar(char c) => c < 128 && (char.IsLetterOrDigit(c) || c is '.' or '-' or '%');
}
