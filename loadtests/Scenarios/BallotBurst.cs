namespace PeoplesCongress.LoadTests;

/// <summary>A 票决 of five projects, choose three: every signed-in tablet casts in the same second; then the bare path.</summary>
internal static class BallotBurst
{
    public static async Task RunAsync(ScenarioRun run)
    {
        await run.SetUpAsync();
        await run.SignInAllAsync("sign-in");
        var (_, sent) = await run.VoteAsync(Agenda.ProjectSelection);
        await run.CompareWithBarePathAsync(sent);
    }
}
