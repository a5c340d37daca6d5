using System.Text;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// RFC 4180 records (quoted fields, doubled quotes, CRLF or LF), read one at a time so that a caller can stop early.
/// Blank lines are kept as empty records so that record N is the row N a person sees when the file is opened in a
/// spreadsheet.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (quoted)
            {
                if (c != '"') field.Append((char)c);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndField();
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && reader.Peek() == '\n') reader.Read();
                yield return EndRecord();
            }
            else field.Append((char)c);
        }
        if (field.Length > 0 || fields.Count > 0) yield return EndRecord();

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
        }

        string[] EndRecord()
        {
            EndField();
            string[] record = fields.Count == 1 && fields[0].Length == 0 ? [] : [.. fields];
            fields.Clear();
            return record;
        }
    }
}
