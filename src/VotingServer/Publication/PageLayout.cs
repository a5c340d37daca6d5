namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A page as <see cref="PdfPageWriter"/> fills it, in points: the sheet, and the type area (版心) from its top-left
/// corner.
/// </summary>
internal sealed record PageLayout(
    double PageWidth, double PageHeight, double Left, double Top, double Width, double Height)
{
    public double Bottom => Top + Height;

    /// <summary>A notice: A4, 64 pt at the sides and the top, 56 at the foot.</summary>
    public static readonly PageLayout Notice = new(595, 842, 64, 64, 595 - 2 * 64, 842 - 56 - 64);
}
