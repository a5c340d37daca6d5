using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// A sitting's day in one go: sign-in, then five ballots of different kinds in a row, then the results read back;
/// then the bare path, with each of the five bursts.
/// </summary>
internal static class FullSitting
{
    public static async Task RunAsync(ScenarioRun run)
    {
        await run.SetUpAsync();
        await run.SignInAllAsync("sign-in");
        foreach (var ballot in new[] { Agenda.Motion, Agenda.ProjectSelection, Agenda.ProjectApproval, Agenda.Satisfaction, Agenda.Appraisal })
        {
            await run.VoteAsync(ballot);
        }
        var agenda = await run.Sitting.Secretariat.BallotsAsync(run.Sitting.SittingId);
        var results = await Task.WhenAll(agenda.Select(b => run.Sitting.Presidium.ResultAsync(b.Id)));
        run.Check("every result is stored and reads back with every ballot returned",
            agenda.All(b => b.State == BallotState.Closed) && results.All(r => r.Returned == run.Fleet.Connected),
            string.Join(", ", results.Select(r => $"{r.Kind.Wire()} {r.Returned}")));
        await run.CompareWithBarePathAsync();
    }
}
