using System.Text.RegularExpressions;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Demo;

public sealed partial class DemoTests
{
    [Fact]
    public async Task TheDemoSittingHasABallotOfEveryKindAndWorkingCredentials()
    {
        await using var venue = await TestVenue.StartDemoAsync();
        var printed = venue.DemoPrinted!;
        var presidium = venue.Api(CodeOf(printed, "presidium"));
        var secretariat = venue.Api(CodeOf(printed, "secretariat"));
        Assert.Equal(Role.Presidium, (await presidium.MeAsync()).Role);

        var sitting = Assert.Single(await secretariat.SittingsAsync());
        Assert.Equal("恒口镇第二十届人民代表大会第三次会议", sitting.Name);
        Assert.Equal(45, (await secretariat.RosterAsync(sitting.Id)).Count);
        var agenda = await secretariat.BallotsAsync(sitting.Id);
        Assert.Equal(Enum.GetValues<BallotKind>().Order(), agenda.Select(b => b.Kind).Distinct().Order());
        Assert.Equal([4, 12, 24], agenda.Where(b => b.Kind == BallotKind.Appraisal)
            .SelectMany(b => b.Items).GroupBy(i => i.Group).Select(g => g.Count()).Order());
        Assert.Equal(11, agenda.Single(b => b.Kind == BallotKind.Satisfaction).Items.Count);

        var sheet = await File.ReadAllTextAsync(Path.Combine(venue.DataDirectory, "demo-credential-sheet.html"));
        var codes = PreparedSitting.ParseSheet(sheet);
        Assert.Equal(45, codes.Count);
        Assert.Equal("HK001", (await venue.Api(codes["HK001"]).MeAsync()).DeputyNumber);
    }

    [Fact]
    public async Task ADemoStartPrintsOneSecretariatCodeAndNoBootstrapCodeThatTheDemoWouldRevoke()
    {
        await using var venue = await TestVenue.StartDemoAsync();
        Assert.Null(venue.BootstrapCode);
        var secretariat = Assert.Single(RolePattern().Matches(venue.DemoPrinted!), m => m.Groups["role"].Value == "secretariat");
        var active = (await venue.Api(secretariat.Groups["code"].Value).StaffCredentialsAsync()).Where(c => !c.Revoked).ToList();
        Assert.Single(active, c => c.Role == Role.Secretariat);
        Assert.DoesNotContain(active, c => c.Name == "初始秘书处");
    }

    [Fact]
    public async Task TheDemoTermHasAYearOfSuggestionsAndTheCodesOfADepartmentAndADeputyOfIt()
    {
        await using var venue = await TestVenue.StartDemoAsync();
        var department = venue.Api(CodeOf(venue.DemoPrinted!, "department"));
        var deputy = venue.Api(CodeOf(venue.DemoPrinted!, "term-deputy"));
        var me = await deputy.MeAsync();
        Assert.Equal(Role.TermDeputy, me.Role);
        var termId = me.TermId!.Value;
        Assert.Equal("商州区第十八届人民代表大会", (await deputy.TermAsync(termId)).Name);
        Assert.NotEmpty(await deputy.SuggestionsAsync(termId));
        Assert.NotEmpty(await department.SuggestionsAsync(termId));
        var figures = await venue.Api(CodeOf(venue.DemoPrinted!, "secretariat")).SuggestionFiguresAsync(termId);
        Assert.Equal((300, 74), (figures.Overall.Total, figures.ByStation.Count));
    }

    [Fact]
    public async Task TheDemoScrutineersAreDesignatedSoTheirCodesLeadToTheSittingAtOnce()
    {
        await using var venue = await TestVenue.StartDemoAsync();
        foreach (var (role, counting) in new[] { ("chief-scrutineer", CountingRole.ChiefScrutineer), ("scrutineer", CountingRole.Scrutineer) })
        {
            var scrutineer = venue.Api(CodeOf(venue.DemoPrinted!, role));
            Assert.Equal(Role.Scrutineer, (await scrutineer.MeAsync()).Role);
            var assignment = Assert.Single(await scrutineer.MyCountingAssignmentsAsync());
            Assert.Equal("恒口镇第二十届人民代表大会第三次会议", assignment.Sitting.Name);
            Assert.Equal(counting, assignment.Staff.Role);
        }
    }

    [Fact]
    public async Task ASecondDemoStartOnTheSameFolderKeepsTheSittingAndItsCodesAndAddsNothing()
    {
        string folder, first;
        int credentials, audit;
        Dictionary<string, string> sheet;
        await using (var venue = await TestVenue.StartDemoAsync())
        {
            folder = venue.DataDirectory;
            first = venue.DemoPrinted!;
            var secretariat = venue.Api(CodeOf(first, "secretariat"));
            credentials = (await secretariat.StaffCredentialsAsync()).Count;
            audit = (await venue.Api(CodeOf(first, "presidium")).AuditAsync()).Count;
            sheet = PreparedSitting.ParseSheet(await File.ReadAllTextAsync(Path.Combine(folder, "demo-credential-sheet.html")));
            await venue.StopAsync();
            // Started again on the same folder, as `--demo` after a reboot: the first start owns and deletes the folder.
            await using var again = await TestVenue.StartDemoAsync(folder);
            var printed = again.DemoPrinted!;
            Assert.Contains("已存在", printed);
            foreach (var role in new[] { "secretariat", "presidium", "chief-scrutineer", "scrutineer" })
                Assert.Equal(CodeOf(first, role), CodeOf(printed, role));
            Assert.Null(again.BootstrapCode);

            var kept = again.Api(CodeOf(printed, "secretariat"));
            var sitting = Assert.Single(await kept.SittingsAsync());
            Assert.Equal(45, (await kept.RosterAsync(sitting.Id)).Count);
            Assert.Equal(3, (await kept.CountingStaffAsync(sitting.Id)).Count);
            Assert.Equal(credentials, (await kept.StaffCredentialsAsync()).Count);
            Assert.Equal(audit, (await again.Api(CodeOf(printed, "presidium")).AuditAsync()).Count);
            Assert.Equal("HK001", (await again.Api(sheet["HK001"]).MeAsync()).DeputyNumber);
            Assert.Equal(sheet, PreparedSitting.ParseSheet(await File.ReadAllTextAsync(Path.Combine(folder, "demo-credential-sheet.html"))));

            // A code revoked in between is printed as revoked, not as one that works.
            var presidium = (await kept.StaffCredentialsAsync()).Single(c => c.Role == Role.Presidium && !c.Revoked);
            await kept.RevokeStaffCredentialAsync(presidium.Id);
            await again.StopAsync();
            await using var third = await TestVenue.StartDemoAsync(folder);
            Assert.Matches(@"\(presidium\): [0-9A-Z-]+ +\[已作废", third.DemoPrinted!);
        }
    }

    private static string CodeOf(string printed, string role) => RolePattern().Matches(printed).Single(m => m.Groups["role"].Value == role).Groups["code"].Value;

    [GeneratedRegex(@"\((?<role>[a-z-]+)\): (?<code>[0-9A-Z-]+)")]
    private static partial Regex RolePattern();
}
