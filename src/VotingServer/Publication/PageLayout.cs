namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A page as <see cref="PdfPageWriter"/> fills it, in points: the sheet, the type area (版心) from its top-left corner,
/// and whether the pages carry numbers at their foot.
/// </summary>
internal sealed record PageLayout(
    double PageWidth, double PageHeight, double Left, double Top, double Width, double Height, bool Numbered = false)
{
    public double Bottom => Top + Height;

    /// <summary>A notice: A4, 64 pt at the sides and the top, 56 at the foot, unnumbered.</summary>
    public static readonly PageLayout Notice = new(595, 842, 64, 64, 595 - 2 * 64, 842 - 56 - 64);

    /// <summary>
    /// An official document (GB/T 9704): A4 upright, 37 mm at the top, 28 mm at the binding edge (left), a type area of
    /// 156 × 225 mm, numbered.
    /// </summary>
    public static readonly PageLayout Official = new(Mm(210), Mm(297), Mm(28), Mm(37), Mm(156), Mm(225), Numbered: true);

    /// <summary>
    /// An official page turned for a wide table (横排): the upright page turned a quarter clockwise, so the binding
    /// edge is at its top (28 mm) and the type area is 225 × 156 mm; numbered like the others.
    /// </summary>
    public static readonly PageLayout OfficialLandscape = new(Mm(297), Mm(210), Mm(297 - 37 - 225), Mm(28), Mm(225), Mm(156), Numbered: true);

    public static double Mm(double millimetres) => millimetres * 72 / 25.4;
}
