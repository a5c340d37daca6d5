using System.Net;
using PeoplesCongress.VotingServer.Https;

namespace PeoplesCongress.VotingServer.Tests.Https;

/// <summary>What `--demo` prints for tablets: the machine's LAN addresses, never the 0.0.0.0 it listens on.</summary>
public sealed class MachineAddressTests
{
    private static readonly MachineAddresses Hall = new(
        ["localhost", "venue"],
        [IPAddress.Loopback, IPAddress.IPv6Loopback, IPAddress.Parse("192.168.10.5"), IPAddress.Parse("10.0.0.7"), IPAddress.Parse("fd00::5")]);

    [Theory]
    [InlineData("https://0.0.0.0:5443")]
    [InlineData("https://[::]:5443")]
    [InlineData("https://*:5443")]
    [InlineData("https://+:5443/")]
    public void A_wildcard_address_is_reached_at_each_IPv4_address_of_the_machine(string listening) =>
        Assert.Equal(["https://192.168.10.5:5443", "https://10.0.0.7:5443"], Hall.Reach(listening));

    [Fact]
    public void A_named_address_is_reached_as_it_is() =>
        Assert.Equal(["http://192.168.10.5:5080"], Hall.Reach("http://192.168.10.5:5080/"));

    [Fact]
    public void A_machine_without_a_network_is_reached_at_localhost() =>
        Assert.Equal(["http://localhost:5080"], new MachineAddresses(["localhost"], [IPAddress.Loopback]).Reach("http://0.0.0.0:5080"));

    [Theory]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080")]
    [InlineData("https://[::]:5443", "https://localhost:5443")]
    [InlineData("http://127.0.0.1:40111", "http://127.0.0.1:40111")]
    public void On_the_machine_itself_a_wildcard_address_is_localhost(string listening, string local) =>
        Assert.Equal(local, MachineAddresses.Local(listening));
}
