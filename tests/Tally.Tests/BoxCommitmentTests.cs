using System.Security.Cryptography;
using PeoplesCongress.Tally.Records;

namespace PeoplesCongress.Tally.Tests;

public class BoxCommitmentTests
{
    private static readonly string[] Box = ["[1,2]", "[2,3]", "[1,3]", "[]", "[3]"];

    [Fact]
    public void OneBallotIsItsLeafAndAnEmptyBoxIsTheHashOfNothing()
    {
        Assert.Equal(Convert.ToHexStringLower(BoxCommitment.Leaf("[1]")), BoxCommitment.Root(["[1]"]));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", BoxCommitment.Root([]));
    }

    [Fact]
    public void ThreeLeavesSplitAfterTwoAsInRfc6962()
    {
        static byte[] Node(byte[] l, byte[] r) => SHA256.HashData([1, .. l, .. r]);
        var (a, b, c) = (BoxCommitment.Leaf("a"), BoxCommitment.Leaf("b"), BoxCommitment.Leaf("c"));
        Assert.Equal(Convert.ToHexStringLower(Node(Node(a, b), c)), BoxCommitment.Root(["a", "b", "c"]));
    }

    [Fact]
    public void AChangedDroppedAddedOrMovedBallotChangesTheRoot()
    {
        var root = BoxCommitment.Root(Box);
        Assert.Equal(root, BoxCommitment.Root([.. Box]));
        Assert.NotEqual(root, BoxCommitment.Root(["[1,2]", "[2,3]", "[1,2]", "[]", "[3]"]));
        Assert.NotEqual(root, BoxCommitment.Root(Box[..4]));
        Assert.NotEqual(root, BoxCommitment.Root([.. Box, "[1]"]));
        Assert.NotEqual(root, BoxCommitment.Root(["[2,3]", "[1,2]", "[1,3]", "[]", "[3]"]));
    }
}
