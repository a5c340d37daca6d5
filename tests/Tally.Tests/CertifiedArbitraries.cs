using FsCheck;
using FsCheck.Fluent;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;

namespace PeoplesCongress.Tally.Tests;

/// <summary>A ballot of some kind, its box as stored (<see cref="BoxChoices"/>), and for a later round the round before.</summary>
public sealed record CertifiedBox(CountDefinition Ballot, BoxContents Box, BallotResultView? Previous)
{
    public static readonly DateTimeOffset ClosedAt = new(2026, 3, 5, 10, 30, 0, TimeSpan.Zero);

    /// <summary>The result as the server would certify and publish it.</summary>
    public BallotResultView Published => ResultCount.Calculate(Ballot, Box, Previous, ClosedAt);

    public override string ToString() =>
        $"{Ballot.Kind} round {Ballot.Round} {Ballot.Relation} {Ballot.Settings} items {Ballot.Items.Count}, " +
        $"{Box.CurrentDeputies} deputies, {Box.Issued} issued, box [{string.Join(" ", Box.Choices)}]";
}

/// <summary>A published box and the box a verifier is handed instead: one ballot changed, dropped or added, or the order changed.</summary>
public sealed record HandedBox(CertifiedBox Original, IReadOnlyList<string> Box, string Change)
{
    public override string ToString() => $"{Original} → {Change}: [{string.Join(" ", Box)}]";
}

// Small congresses of every kind, as in TallyArbitraries; ballots may be blank, spoilt, or name an unknown item.
public static class CertifiedArbitraries
{
    public static Arbitrary<CertifiedBox> Boxes() => BoxGen.ToArbitrary();

    public static Arbitrary<HandedBox> HandedBoxes() =>
        (from box in BoxGen
         from change in Gen.Elements("changed", "dropped", "added", "shuffled")
         from index in Gen.Choose(0, Math.Max(0, box.Box.Choices.Count - 1))
         from other in ChoiceGen(box.Ballot)
         from order in Gen.Shuffle(box.Box.Choices.ToArray())
         select new HandedBox(box, Hand(box.Box.Choices, change, index, other, order), change)).ToArbitrary();

    private static IReadOnlyList<string> Hand(IReadOnlyList<string> box, string change, int index, string other, string[] order) => change switch
    {
        "changed" when box.Count > 0 => [.. box.Select((c, i) => i == index ? other : c)],
        "dropped" when box.Count > 0 => [.. box.Where((_, i) => i != index)],
        "shuffled" => order,
        _ => [.. box, other],
    };

    private static readonly BallotKind[] Kinds =
        [BallotKind.ProjectSelection, BallotKind.ProjectApproval, BallotKind.Satisfaction, BallotKind.Appraisal, BallotKind.Motion];

    private static Gen<CertifiedBox> BoxGen =>
        from kind in Gen.Elements(Kinds)
        from itemCount in kind == BallotKind.Motion ? Gen.Constant(1) : Gen.Choose(1, 6)
        from settings in SettingsGen(kind, itemCount)
        from laterRound in ResultCount.AdoptsProjects(kind) ? Gen.Elements(false, false, true) : Gen.Constant(false)
        from relation in Gen.Elements(BallotRelations.RunOff, BallotRelations.FurtherBallot, BallotRelations.Repeat)
        from currentDeputies in Gen.Choose(0, 24)
        from first in RoundGen(Definition(kind, settings, itemCount, 1, null), currentDeputies, null)
        from box in laterRound
            ? RoundGen(Definition(kind, settings, itemCount, 2, relation), currentDeputies, first.Published)
            : Gen.Constant(first)
        select box;

    private static Gen<CertifiedBox> RoundGen(CountDefinition ballot, int currentDeputies, BallotResultView? previous) =>
        from ballotCount in Gen.Choose(0, 30)
        from choices in Gen.ListOf(ChoiceGen(ballot), ballotCount)
        from issued in Gen.Choose(Math.Max(0, ballotCount - 2), ballotCount + 3)
        select new CertifiedBox(ballot, new BoxContents(currentDeputies, issued, [.. choices]), previous);

    private static Gen<BallotSettingsView> SettingsGen(BallotKind kind, int itemCount) => kind switch
    {
        BallotKind.ProjectSelection or BallotKind.ProjectApproval =>
            from places in Gen.Choose(1, itemCount)
            from rule in Gen.Elements(PassRules.MajorityOfAllDeputies, PassRules.Plurality)
            select new BallotSettingsView(places, rule, null, null, null, null),
        BallotKind.Motion => Gen.Constant(new BallotSettingsView(0, PassRules.MajorityOfAllDeputies, null, null, null, null)),
        _ =>
            from scale in Gen.Elements(AppraisalScales.All.ToArray())
            from threshold in Gen.Elements("1/2", "2/3", "3/5")
            from basis in Gen.Elements(GradeDenominators.AllCurrentMembers, GradeDenominators.ValidVotes)
            select new BallotSettingsView(0, null, scale, threshold, basis, null),
    };

    // A later round's items have ids of their own and name the first round's item they stand for.
    private static CountDefinition Definition(BallotKind kind, BallotSettingsView settings, int itemCount, int round, string? relation) => new(
        round, 1, kind, $"第{round}轮表决", round, round == 1 ? null : 1, relation, true, settings,
        [.. Enumerable.Range(1, itemCount).Select(i => new CountItem(round * 100 + i, $"对象{i}", i % 2 == 0 ? "乙组" : "", round == 1 ? null : 100 + i))]);

    private static Gen<string> ChoiceGen(CountDefinition ballot)
    {
        var ids = ballot.Items.Select(i => i.Id).Append(ballot.Items[^1].Id + 1).ToArray();
        if (ballot.Kind == BallotKind.ProjectSelection)
        {
            return from count in Gen.Choose(0, ballot.Items.Count + 1)
                   from marks in Gen.ListOf(Gen.Frequency((12, Gen.Elements(ids[..^1])), (1, Gen.Constant(ids[^1]))), count)
                   select BoxChoices.Encode(marks);
        }
        var offered = (ballot.Kind is BallotKind.ProjectApproval or BallotKind.Motion
            ? BallotOptions.Approvals : BallotOptions.Levels(ballot.Settings.Scale)).Select(o => o.Code).ToArray();
        var option = Gen.Frequency((12, Gen.Elements(offered)), (1, Gen.Constant(ChoiceOption.Invalid)));
        // An item left off is unmarked; the id after the last is no item of the ballot.
        return from marked in Gen.ListOf(Gen.Frequency((1, Gen.Constant(false)), (8, Gen.Constant(true))), ids.Length - 1)
               from unknown in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
               from options in Gen.ListOf(option, ids.Length)
               select BoxChoices.Encode(ids.Select((id, i) => (id, options[i])).Where((_, i) => i < ids.Length - 1 ? marked[i] : unknown));
    }
}
