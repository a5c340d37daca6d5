namespace PeoplesCongress.LoadTests;

/// <summary>The errors in a venue server's log files (compact JSON, one event a line, under data/logs).</summary>
internal static class ServerLog
{
    public static int ErrorsIn(string dataDirectory) => ErrorLines(dataDirectory).Count;

    public static IReadOnlyList<string> ErrorLines(string dataDirectory)
    {
        var logs = Path.Combine(dataDirectory, "logs");
        if (!Directory.Exists(logs)) return [];
        return [.. Directory.GetFiles(logs).SelectMany(file =>
        {
            // The server still has the file open for writing.
            using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var errors = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal)) errors.Add(line);
            }
            return errors;
        })];
    }
}
