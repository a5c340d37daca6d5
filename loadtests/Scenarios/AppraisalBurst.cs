namespace PeoplesCongress.LoadTests;

/// <summary>A 满意度测评 of 11 departments, one choice per department, every tablet at once; then the bare path.</summary>
internal static class AppraisalBurst
{
    public static async Task RunAsync(ScenarioRun run)
    {
        await run.SetUpAsync();
        await run.SignInAllAsync("sign-in");
        await run.VoteAsync(Agenda.Satisfaction);
        await run.CompareWithBarePathAsync();
    }
}
