namespace PeoplesCongress.Contracts;

/// <summary>
/// The most the server accepts in each field of a request, in characters (UTF-16 code units) or elements. A value
/// over its limit is refused with <see cref="ErrorCodes.Invalid"/> and a message naming the field and the limit.
/// </summary>
public static class Limits
{
    /// <summary>A sitting's name: it heads the secretariat page and every notice.</summary>
    public const int SittingName = 100;

    public const int BallotTitle = 200;
    public const int ItemName = 200;

    /// <summary>An item's description (项目内容), shown on every tablet.</summary>
    public const int ItemContent = 2000;

    public const int ItemDepartment = 64;
    public const int ItemGroup = 64;

    /// <summary>Items per ballot, items in a hand count, marks and choices in one cast.</summary>
    public const int Items = 200;

    /// <summary>A code from a closed set (kind settings, options, decisions, grades).</summary>
    public const int Code = 32;

    /// <summary>A note beside a decision or a hand count.</summary>
    public const int Note = 500;

    /// <summary>A person's name: staff, scrutineers, tellers, deputies in the roster.</summary>
    public const int PersonName = 64;

    public const int DeputyNumber = 32;
    public const int Delegation = 64;

    /// <summary>Deputies in a roster file, and deputy numbers in one request.</summary>
    public const int Deputies = 20_000;

    /// <summary>Options counted per item in a hand count.</summary>
    public const int OptionsPerItem = 12;

    /// <summary>A roster file (CSV or XLSX) as uploaded, in bytes.</summary>
    public const int RosterFileBytes = 5 * 1024 * 1024;

    /// <summary>What an XLSX roster may expand to once unzipped, in bytes.</summary>
    public const long RosterUnzippedBytes = 32L * 1024 * 1024;

    /// <summary>Any JSON request body, in bytes.</summary>
    public const int JsonBodyBytes = 256 * 1024;

    /// <summary>A suggestion's number (建议编号), as the secretariat numbers it or the server does (e.g. 018).</summary>
    public const int SuggestionNumber = 32;

    public const int SuggestionTitle = 100;

    /// <summary>A suggestion's content, and a department's answer to it.</summary>
    public const int SuggestionText = 5000;

    /// <summary>Co-signers of one suggestion, and co-departments of one assignment.</summary>
    public const int CoSigners = 50;
}
