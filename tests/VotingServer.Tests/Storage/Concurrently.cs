using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>Fires the same call many times at once and sorts what came back: effects, coded refusals, nothing else.</summary>
internal static class Concurrently
{
    public sealed record Outcome<T>(List<T> Done, List<VenueException> Refused);

    public static async Task<Outcome<T>> FireAsync<T>(int times, Func<int, Task<T>> call)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, times).Select(async i =>
        {
            await start.Task;
            return await call(i);
        }).ToList();
        start.SetResult();
        var done = new List<T>();
        var refused = new List<VenueException>();
        foreach (var task in calls)
        {
            try { done.Add(await task); }
            catch (VenueException refusal) { refused.Add(refusal); }
        }
        // A refusal is a 4xx with a code; a 500 (or anything uncoded) would have been an internal error.
        Assert.All(refused, r => Assert.True(r.HttpStatus is null or < 500, $"{r.HttpStatus} {r.Code}: {r.Message}"));
        Assert.DoesNotContain(refused, r => r.Code == Contracts.ErrorCodes.Internal);
        return new Outcome<T>(done, refused);
    }

    public static Task<Outcome<bool>> FireAsync(int times, Func<int, Task> call) =>
        FireAsync(times, async i =>
        {
            await call(i);
            return true;
        });
}
