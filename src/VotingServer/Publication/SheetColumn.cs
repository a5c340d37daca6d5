namespace PeoplesCongress.VotingServer.Publication;

/// <summary>The width of a workbook's column, for notices and reports alike.</summary>
internal static class SheetColumn
{
    /// <summary>As wide as the longest of <paramref name="entries"/> (a CJK character counting two), within sensible bounds.</summary>
    public static double Width(IEnumerable<string> entries) => Math.Clamp(entries.Max(Measure) + 2, 6, 60);

    private static int Measure(string text) => text.Sum(c => c < 128 ? 1 : 2);
}
