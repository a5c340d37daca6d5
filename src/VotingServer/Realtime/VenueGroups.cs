namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// SignalR groups. Everyone of a sitting (tablets, staff pages, big screens) is spread over
/// <see cref="SittingSlices"/> groups by connection, so that a push can reach them a slice at a time
/// (<see cref="SittingAudience"/>); a sitting's staff are one group.
/// </summary>
public static class VenueGroups
{
    public const int SittingSlices = 16;

    public static string SittingSlice(int sittingId, string connectionId) =>
        SittingSlice(sittingId, (int)((uint)StringComparer.Ordinal.GetHashCode(connectionId) % SittingSlices));

    public static string SittingSlice(int sittingId, int slice) => $"sitting-{sittingId}/{slice}";

    public static string Staff(int sittingId) => $"staff-{sittingId}";
}
