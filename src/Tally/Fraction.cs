using System.Globalization;

namespace PeoplesCongress.Tally;

// RULES.md "Satisfaction appraisal": a threshold such as "more than half" of a denominator, compared by cross-multiplication.
public sealed record Fraction(int Numerator, int Denominator)
{
    public static Fraction Half { get; } = new(1, 2);

    public int Numerator { get; } =
        Numerator >= 0 ? Numerator : throw new ArgumentException($"比例的分子不能为负数：{Numerator}。", nameof(Numerator));

    public int Denominator { get; } =
        Denominator >= 1 ? Denominator : throw new ArgumentException($"比例的分母须为正数：{Denominator}。", nameof(Denominator));

    // Widened to long so that no congress is large enough to overflow the cross products.
    public bool IsExceededBy(int part, int whole) => (long)part * Denominator > (long)Numerator * whole;

    public bool IsMetExactlyBy(int part, int whole) => (long)part * Denominator == (long)Numerator * whole;
}

// RULES.md "Satisfaction appraisal": rates shown to two decimals, computed from integers and rounded once, half up.
public sealed record Rate(int Numerator, int Denominator)
{
    public int Numerator { get; } =
        Numerator >= 0 ? Numerator : throw new ArgumentException($"比率的分子不能为负数：{Numerator}。", nameof(Numerator));

    public int Denominator { get; } =
        Denominator >= 0 ? Denominator : throw new ArgumentException($"比率的分母不能为负数：{Denominator}。", nameof(Denominator));

    // Hundredths of a percent: floor(N * 10000 / D + 1/2), all in integers.
    public string Percent => Denominator == 0
        ? "0.00"
        : Format(((long)Numerator * 20_000 + Denominator) / (2L * Denominator));

    private static string Format(long hundredths) =>
        string.Create(CultureInfo.InvariantCulture, $"{hundredths / 100}.{hundredths % 100:D2}");
}
