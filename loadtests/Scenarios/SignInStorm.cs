namespace PeoplesCongress.LoadTests;

/// <summary>
/// Every tablet of the hall switched on at once: all connect and sign in, and attendance counts them all; then the
/// same tablets connect to the bare path.
/// </summary>
internal static class SignInStorm
{
    public static async Task RunAsync(ScenarioRun run)
    {
        await run.SetUpAsync();
        var storm = await run.SignInAllAsync("sign-in storm");
        var attendance = await run.Sitting.Secretariat.AttendanceAsync(run.Sitting.SittingId);
        run.Check("attendance counts every tablet signed in", attendance.Present == storm.Connected,
            $"实到 {attendance.Present}, {storm.Connected} signed in");
        await run.CompareWithBarePathAsync();
    }
}
