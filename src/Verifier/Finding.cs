namespace PeoplesCongress.Verifier;

/// <summary>How one check came out; <see cref="Outcome.NotApplicable"/> neither passes nor fails the bundle.</summary>
public enum Outcome
{
    Passed,
    Failed,
    NotApplicable,
}

/// <summary>
/// One line of the report: which check (<see cref="Check"/>, e.g. "box-root"), its stable code (the check's name when
/// it holds, else what went wrong, e.g. "box-root-mismatch"), and what it found in Chinese and in English.
/// </summary>
public sealed record Finding(string Check, string Code, Outcome Outcome, string Chinese, string English)
{
    public static Finding Pass(string check, string chinese, string english) => new(check, check, Outcome.Passed, chinese, english);

    public static Finding Fail(string check, string code, string chinese, string english) => new(check, code, Outcome.Failed, chinese, english);

    public static Finding Skip(string check, string chinese, string english) => new(check, check, Outcome.NotApplicable, chinese, english);
}

/// <summary>Every finding on a bundle, in the order checked.</summary>
public sealed record VerificationReport(IReadOnlyList<Finding> Findings, string ServerFingerprint)
{
    public bool Holds => Findings.All(f => f.Outcome != Outcome.Failed);

    public IReadOnlyList<string> FailedCodes => [.. Findings.Where(f => f.Outcome == Outcome.Failed).Select(f => f.Code)];
}
