namespace PeoplesCongress.LoadTests;

/// <summary>Counts the errors in a venue server's log files (compact JSON, one event a line, under data/logs).</summary>
internal static class ServerLog
{
    public static int ErrorsIn(string dataDirectory)
    {
        var logs = Path.Combine(dataDirectory, "logs");
        if (!Directory.Exists(logs)) return 0;
        return Directory.GetFiles(logs).Sum(file =>
        {
            // The server still has the file open for writing.
            using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var errors = 0;
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal)) errors++;
            }
            return errors;
        });
    }
}
