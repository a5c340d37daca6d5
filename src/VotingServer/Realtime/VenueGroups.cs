namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>SignalR groups: everyone of a sitting (tablets and staff pages), and its staff alone.</summary>
public static class VenueGroups
{
    public static string Sitting(int sittingId) => $"sitting-{sittingId}";
    public static string Staff(int sittingId) => $"staff-{sittingId}";
}
