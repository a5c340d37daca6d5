namespace PeoplesCongress.LoadTests;

/// <summary>The temp folders servers started here keep their databases in; removed when they stop.</summary>
internal static class TempData
{
    public static string NewDirectory(string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pc-load-{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { }
    }
}
