using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Https;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Roster;

namespace PeoplesCongress.VotingServer.Demo;

/// <summary>
/// `--demo`: seeds the demo sitting once: its roster and agenda, its counting staff (a chief scrutineer and a
/// scrutineer, so their codes work at once, and a teller), a credential sheet for its deputies and one credential
/// each for the secretariat and the presidium; and a term with a year of suggestions (商州's size), with the codes of
/// one of its departments and one of its deputies. The codes are kept only as hashes in the database, so the demo
/// writes them beside it (demo-codes.json and demo-credential-sheet.html, private to the server's user, like the
/// database): a later start with `--demo` on the same data folder adds nothing and prints the same codes again,
/// each one marked if it has been revoked since.
/// </summary>
public sealed class DemoSeeder(
    VenueDbContext db, GroupCommitWriter writer, RosterImporter roster, CredentialIssuer issuer, CountingStaffRegister counting, TimeProvider clock,
    ServerSigningKey serverKey)
{
    public const string CodesFile = "demo-codes.json";
    public const string SheetFile = "demo-credential-sheet.html";

    /// <summary>The demo's codes as printed: one per staff holder, in the order they are printed.</summary>
    public sealed record DemoCode(string Name, string Role, string Code);

    /// <summary>What a start with `--demo` found or made; <see cref="Describe"/> prints it once the server listens.</summary>
    public sealed record Seeded(int SittingId, string SittingName, bool Created, string SheetPath, IReadOnlyList<DemoCode>? Codes, IReadOnlySet<string> Revoked)
    {
        public string Describe(IReadOnlyCollection<string> urls) => DemoDescription.Describe(this, urls);
    }

    public async Task<Seeded> SeedAsync(string dataDirectory)
    {
        var sheetPath = Path.Combine(dataDirectory, SheetFile);
        var codesPath = Path.Combine(dataDirectory, CodesFile);
        var existing = await db.Sittings.AsNoTracking().FirstOrDefaultAsync(s => s.Name == DemoSitting.Name);
        if (existing is not null)
        {
            var kept = File.Exists(codesPath) ? JsonSerializer.Deserialize<List<DemoCode>>(await File.ReadAllTextAsync(codesPath)) : null;
            return new Seeded(existing.Id, existing.Name, false, sheetPath, kept, await RevokedAsync(kept ?? []));
        }

        var sitting = new Sitting { Name = DemoSitting.Name, CreatedAt = clock.GetUtcNow() };
        await writer.WriteAsync(tx =>
        {
            tx.Db.Sittings.Add(sitting);
            tx.Save();
            AuditTrail.Record(tx, Actor.Server, sitting.CreatedAt, AuditAction.DemoSeeded, $"建立演示会议“{sitting.Name}”", sitting.Id);
            return sitting;
        });
        await roster.ImportAsync(sitting.Id, Encoding.UTF8.GetBytes(DemoSitting.RosterCsv()));
        await writer.WriteAsync(tx =>
        {
            foreach (var ballot in DemoSitting.Agenda()) Agenda.Append(tx, BallotDefinition.ToEntity(sitting.Id, ballot));
            AuditTrail.Record(tx, Actor.Server, clock.GetUtcNow(), AuditAction.DemoSeeded, "列入演示议程", sitting.Id);
            return true;
        });
        var chief = await counting.AddAsync(sitting.Id, new AddCountingStaffRequest("演示总监票人", CountingRole.ChiefScrutineer));
        var scrutineer = await counting.AddAsync(sitting.Id, new AddCountingStaffRequest("演示监票人", CountingRole.Scrutineer));
        await counting.AddAsync(sitting.Id, new AddCountingStaffRequest("演示计票人", CountingRole.Teller));
        var deputies = await issuer.IssueForDeputiesAsync(sitting.Id, null);
        await File.WriteAllTextAsync(sheetPath, CredentialSheet.Render(sitting.Name, deputies, serverKey.Fingerprint, printButton: false));
        var secretariat = await issuer.IssueStaffAsync(Role.Secretariat, "演示秘书处");
        var presidium = await issuer.IssueStaffAsync(Role.Presidium, "演示执行主席");
        List<DemoCode> codes =
        [
            new(secretariat.Name, Role.Secretariat.Wire(), secretariat.Code),
            new(presidium.Name, Role.Presidium.Wire(), presidium.Code),
            new(chief.Staff.Name, CountingRole.ChiefScrutineer.Wire(), chief.Credential!.Code),
            new(scrutineer.Staff.Name, CountingRole.Scrutineer.Wire(), scrutineer.Credential!.Code),
            .. await SeedTermAsync(),
        ];
        await File.WriteAllTextAsync(codesPath, JsonSerializer.Serialize(codes));
        return new Seeded(sitting.Id, sitting.Name, true, sheetPath, codes, new HashSet<string>());
    }

    /// <summary>
    /// A term the size of 商州's with a year of suggestions behind it (<see cref="GeneratedTerm"/>), and the codes of one
    /// department and of one deputy who made a suggestion, to try the pages between sittings with.
    /// </summary>
    private async Task<IReadOnlyList<DemoCode>> SeedTermAsync()
    {
        var now = clock.GetUtcNow();
        var termId = await GeneratedTerm.WriteAsync(writer, DemoTermName, new(), Publication.ChinaTime.Date(now), now);
        var first = await db.Suggestions.AsNoTracking().Where(s => s.TermId == termId && s.LeadDepartmentId != null).OrderBy(s => s.Id).FirstAsync();
        var deputy = await db.TermDeputies.AsNoTracking().SingleAsync(d => d.Id == first.TermDeputyId);
        var personal = await issuer.IssuePersonalAsync(termId, deputy.Number);
        var department = await issuer.IssueDepartmentAsync(termId, first.LeadDepartmentId!.Value);
        return [new(department.Name, Role.Department.Wire(), department.Code), new($"代表{deputy.Name}", Role.TermDeputy.Wire(), personal.Code)];
    }

    public const string DemoTermName = "商州区第十八届人民代表大会";

    /// <summary>The kept codes that no longer sign in: revoked, or replaced by a reissue.</summary>
    private async Task<IReadOnlySet<string>> RevokedAsync(IReadOnlyList<DemoCode> codes)
    {
        var revoked = new HashSet<string>();
        foreach (var code in codes)
        {
            var hash = CredentialCode.Hash(CredentialCode.Normalize(code.Code) ?? "");
            if (!await db.Credentials.AnyAsync(c => c.TokenHash == hash && c.RevokedAt == null)) revoked.Add(code.Code);
        }
        return revoked;
    }
}

/// <summary>The lines `--demo` prints: where to go, and which code is whose.</summary>
internal static class DemoDescription
{
    public static string Describe(DemoSeeder.Seeded seeded, IReadOnlyCollection<string> urls)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine($"演示会议 Demo sitting #{seeded.SittingId}: {seeded.SittingName}");
        if (!seeded.Created)
            text.AppendLine("  演示会议已存在，未重复建立，凭证未重新发放。 The demo sitting already exists: nothing was added, no code was reissued.");
        // Plain HTTP serves only the venue CA when the server also listens on HTTPS.
        var served = urls.Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? urls.Where(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) : urls;
        foreach (var url in served.Select(MachineAddresses.Local))
        {
            text.AppendLine($"  Server:   {url}");
            text.AppendLine($"  OpenAPI:  {url}/openapi/v1.json");
            text.AppendLine($"  Hub:      {url}{VenueHubProtocol.Path}");
            text.AppendLine($"  Pages:    {url}/staff/ (secretariat, presidium, scrutineer, departments), {url}/notices (public notices)");
            text.AppendLine($"  闭会期间 Between sittings: {url}/staff/term.html (secretariat), {url}/staff/department.html, "
                + $"{url}/tablet/phone.html (a deputy's phone), {url}/projects/ (公示)");
        }
        // Tablets come over the hall's network, to this machine's own addresses; the camera needs HTTPS.
        var machine = MachineAddresses.Current();
        List<string> Reached(string scheme) =>
            [.. urls.Where(u => u.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase)).SelectMany(machine.Reach)];
        var (https, http) = (Reached("https"), Reached("http"));
        foreach (var url in https.Count > 0 ? https : http) text.AppendLine($"  Tablets:  {url}/tablet/");
        foreach (var url in http.Count > 0 ? http : https) text.AppendLine($"  Venue CA: {url}/ca   (each tablet installs it once, then opens the tablet address)");
        text.AppendLine($"  代表证 Credential sheet (45 deputies, print on A4): {seeded.SheetPath}"
            + (seeded.Created ? "" : "  (as first issued; a card reissued since is not on it)"));
        if (seeded.Codes is null)
        {
            text.AppendLine($"  工作人员凭证码只以散列保存，无法再次显示（{DemoSeeder.CodesFile} 不在数据文件夹中）。");
            text.AppendLine("  Staff codes are kept only as hashes and cannot be shown again. To start the demo afresh, stop the server and");
            text.AppendLine("  start it with --demo on an empty data folder (--Data:Directory=...); a secretariat holding a valid code can");
            text.AppendLine("  issue new staff codes on the secretariat page (工作人员凭证).");
            return text.ToString();
        }
        text.AppendLine($"  工作人员凭证 Staff codes (sign in at /staff/ with the code of the role you play; the last two are of the term “{DemoSeeder.DemoTermName}”):");
        foreach (var code in seeded.Codes)
        {
            var state = seeded.Revoked.Contains(code.Code) ? "   [已作废 revoked since; the secretariat issues a new one]" : "";
            text.AppendLine($"  {Title(code.Role),-5} {code.Name} ({code.Role}): {code.Code}{state}");
        }
        return text.ToString();
    }

    private static string Title(string role) => role switch
    {
        "secretariat" => "秘书处",
        "presidium" => "主席团",
        "chief-scrutineer" => "总监票人",
        "scrutineer" => "监票人",
        "department" => "承办单位",
        "term-deputy" => "代表",
        _ => role,
    };
}
