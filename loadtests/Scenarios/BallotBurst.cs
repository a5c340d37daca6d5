namespace PeoplesCongress.LoadTests;

/// <summary>
/// A 票决 of five projects, choose three: every signed-in tablet casts in the same second; the count record is signed,
/// published and its bundle checked by the offline verifier; then the bare path.
/// </summary>
internal static class BallotBurst
{
    public static async Task RunAsync(ScenarioRun run)
    {
        await run.SetUpAsync();
        await run.SignInAllAsync("sign-in");
        await run.VoteAsync(Agenda.ProjectSelection);
        await BundleCheck.RunAsync(run);
        await run.CompareWithBarePathAsync();
    }
}
