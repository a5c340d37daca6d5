using System.Text;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Https;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Roster;

namespace PeoplesCongress.VotingServer.Demo;

/// <summary>
/// `--demo`: seeds the demo sitting once, then at every start issues fresh staff credentials and a fresh
/// credential sheet (codes are kept only as hashes, so they cannot be shown again) and prints where to go.
/// </summary>
internal sealed class DemoSeeder(VenueDbContext db, GroupCommitWriter writer, RosterImporter roster, CredentialIssuer issuer, TimeProvider clock)
{
    public async Task<string> SeedAsync(IReadOnlyCollection<string> urls, string dataDirectory)
    {
        var sitting = await db.Sittings.FirstOrDefaultAsync(s => s.Name == DemoSitting.Name);
        if (sitting is null)
        {
            var created = new Sitting { Name = DemoSitting.Name, CreatedAt = clock.GetUtcNow() };
            await writer.WriteAsync(tx =>
            {
                tx.Db.Sittings.Add(created);
                tx.Save();
                AuditTrail.Record(tx, Actor.Server, created.CreatedAt, AuditAction.DemoSeeded, $"建立演示会议“{created.Name}”", created.Id);
                return created;
            });
            sitting = created;
            await roster.ImportAsync(sitting.Id, Encoding.UTF8.GetBytes(DemoSitting.RosterCsv()));
            await writer.WriteAsync(tx =>
            {
                foreach (var ballot in DemoSitting.Agenda()) Agenda.Append(tx, BallotDefinition.ToEntity(created.Id, ballot));
                AuditTrail.Record(tx, Actor.Server, clock.GetUtcNow(), AuditAction.DemoSeeded, "列入演示议程", created.Id);
                return true;
            });
        }
        var sheetPath = Path.Combine(dataDirectory, "demo-credential-sheet.html");
        var issued = await issuer.IssueForDeputiesAsync(sitting.Id, null);
        await File.WriteAllTextAsync(sheetPath, CredentialSheet.Render(sitting.Name, issued, printButton: false));
        var staff = new[]
        {
            await issuer.IssueStaffAsync(Role.Secretariat, "演示秘书处"),
            await issuer.IssueStaffAsync(Role.Presidium, "演示执行主席"),
            await issuer.IssueStaffAsync(Role.Scrutineer, "演示监票人"),
        };
        return Describe(sitting, urls, sheetPath, staff);
    }

    private static string Describe(Sitting sitting, IReadOnlyCollection<string> urls, string sheetPath, IssuedCredential[] staff)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine($"演示会议 Demo sitting #{sitting.Id}: {sitting.Name}");
        // Plain HTTP serves only the venue CA when the server also listens on HTTPS.
        var served = urls.Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? urls.Where(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) : urls;
        foreach (var url in served.Select(MachineAddresses.Local))
        {
            text.AppendLine($"  Server:   {url}");
            text.AppendLine($"  OpenAPI:  {url}/openapi/v1.json");
            text.AppendLine($"  Hub:      {url}{VenueHubProtocol.Path}");
            text.AppendLine($"  Pages:    {url}/staff/ (secretariat, presidium, scrutineer), {url}/notices (public notices)");
        }
        // Tablets come over the hall's network, to this machine's own addresses; the camera needs HTTPS.
        var machine = MachineAddresses.Current();
        List<string> Reached(string scheme) =>
            [.. urls.Where(u => u.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase)).SelectMany(machine.Reach)];
        var (https, http) = (Reached("https"), Reached("http"));
        foreach (var url in https.Count > 0 ? https : http) text.AppendLine($"  Tablets:  {url}/tablet/");
        foreach (var url in http.Count > 0 ? http : https) text.AppendLine($"  Venue CA: {url}/ca   (each tablet installs it once, then opens the tablet address)");
        text.AppendLine($"  代表证 Credential sheet (45 deputies, print on A4): {sheetPath}");
        foreach (var credential in staff) text.AppendLine($"  {credential.Name} ({credential.Role.Wire()}): {credential.Code}");
        return text.ToString();
    }
}
