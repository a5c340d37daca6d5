namespace PeoplesCongress.TestSupport;

public static class Waiting
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>A task that completes with the first pushed value matching <paramref name="match"/>.</summary>
    public static Task<T> Next<T>(Action<Action<T>> subscribe, Func<T, bool>? match = null)
    {
        var received = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        subscribe(value =>
        {
            if (match?.Invoke(value) ?? true) received.TrySetResult(value);
        });
        return received.Task.WaitAsync(Timeout);
    }
}
