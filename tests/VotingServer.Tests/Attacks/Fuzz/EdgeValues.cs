namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>Values that break parsers and rules, as JSON text (strings already escaped as JSON would carry them).</summary>
public static class EdgeValues
{
    /// <summary>Strings as JSON literals: lone surrogates, U+0000, RTL marks, combining characters, 4-byte emoji, non-NFC.</summary>
    public static readonly string[] Strings =
    [
        "\"\"", "\" \"", "\"\\ud800\"", "\"\\udfff\"", "\"a\\ud800b\"", "\"\\u0000\"", "\"代表\\u0000001\"",
        "\"\u202E001D\u202C\"", "\"\u200F代表\u200E\"", "\"e\u0301\u0301\u0301\u0301\"", "\"Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\"",
        "\"\U0001F600\U0001F468\u200D\U0001F469\u200D\U0001F467\"", "\"\U00020000\U0002A6D6\"", "\"A\u030A\u212B\u00C5\"",
        "\"\uFEFF\"", "\"\uFFFE\uFFFF\"", "\"\\n\\r\\t\\\\\\\"\"", "\"<script>alert(1)</script>\"", "\"'; DROP TABLE Ballots;--\"",
        "\"../../etc/passwd\"", "\"%00%ff\"", "\"${jndi:ldap://x}\"", "\"NaN\"", "\"-1\"", "\"9223372036854775808\"",
        "\"for\"", "\"FOR\"", "\"secretariat\"", "\"chief-scrutineer\"", "\"leave-short\"", "\"D001\"", "\"d001\"",
    ];

    /// <summary>Numbers as JSON literals: zero, negatives, the int and long limits and past them, fractions, exponents.</summary>
    public static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e400", "-1e400", "1.5", "1e2", "0.0000001",
        "79228162514264337593543950335", "79228162514264337593543950336", "1E+308",
    ];

    /// <summary>Any other JSON value where something else was expected.</summary>
    public static readonly string[] Others = ["null", "true", "false", "[]", "{}", "[null]", "[{}]", "{\"\":null}", "[[]]"];

    /// <summary>
    /// Ids that name nothing, for paths that revoke or reissue credentials: " 1" is read as 1 by the route's int
    /// constraint, and revoking credential 1 would lock the fuzz out.
    /// </summary>
    public static readonly string[] UnknownIds = ["0", "-1", "2147483647", "-2147483648", "2147483648", "999999", "abc", "1.5"];

    /// <summary>Ids in a path: unknown, negative, past int, not numbers at all.</summary>
    public static readonly string[] PathIds =
    [
        "0", "-1", "2147483647", "-2147483648", "2147483648", "9223372036854775808", "999999", "abc", "1.5", "1e3", " 1",
        "\u0661", "\U0001F600", "%00", "..", "D001\u202E", "e\u0301",
    ];
}
