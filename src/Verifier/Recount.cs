namespace PeoplesCongress.Verifier;

/// <summary>The box recounted with the rules of src/Tally and compared, figure by figure, with the count record.</summary>
public static class Recount
{
    public static Finding Check(Contracts.PublicationBundle bundle, bool byHand) =>
        Finding.Skip("recount", "重新计票尚未接入", "The recount is not yet wired in");
}
