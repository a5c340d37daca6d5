using System.Text;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>
/// RFC 4180 records (quoted fields, doubled quotes, CRLF or LF). Blank lines are kept as empty records so that
/// record N is the row N a person sees when the file is opened in a spreadsheet.
/// </summary>
internal static class CsvRecords
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndField();
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) EndRecord();
        return records;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
        }

        void EndRecord()
        {
            EndField();
            records.Add(fields.Count == 1 && fields[0].Length == 0 ? [] : [.. fields]);
            fields.Clear();
        }
    }
}
