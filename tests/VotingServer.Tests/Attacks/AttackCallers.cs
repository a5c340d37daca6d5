using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>
/// A sitting with a draft ballot, a second sitting, and a credential code for every <see cref="CallerKind"/>:
/// the deputy, viewer and designated scrutineer belong to the first sitting, the "another sitting" ones to the second;
/// the term deputy and the department to a term of their own.
/// </summary>
public sealed record AttackCallers(
    PreparedSitting Sitting, PreparedSitting OtherSitting, IReadOnlyDictionary<CallerKind, string?> Codes, int TermId)
{
    /// <summary>A code of the right shape that no credential has.</summary>
    public const string UnknownCode = "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ";

    public int SittingId => Sitting.SittingId;
    public int BallotId => Sitting.Ballot.Id;

    public static async Task<AttackCallers> CreateAsync(TestVenue venue, string secretariatCode, int deputies = 5)
    {
        var sitting = await PreparedSitting.CreateAsync(venue, secretariatCode, deputies);
        var other = await PreparedSitting.CreateAsync(venue, secretariatCode, deputies: 2, name: "另一镇人民代表大会第一次会议");
        var secretariat = sitting.Secretariat;
        var revoked = sitting.Codes[PreparedSitting.Number(1)];
        await secretariat.ReissueCredentialAsync(sitting.SittingId, PreparedSitting.Number(1));
        var designated = await secretariat.AddCountingStaffAsync(sitting.SittingId, new("监票人甲", CountingRole.Scrutineer));
        var term = await secretariat.CreateTermAsync(new("某区第十八届人民代表大会"));
        await secretariat.ImportTermRegisterAsync(term.Id, System.Text.Encoding.UTF8.GetBytes("姓名,代表证号,代表联络站\n张三,T001,城关联络站\n"));
        var department = await secretariat.AddDepartmentAsync(term.Id, "区住房和城乡建设局");
        var codes = new Dictionary<CallerKind, string?>
        {
            [CallerKind.NoCredential] = null,
            [CallerKind.BadCode] = UnknownCode,
            [CallerKind.RevokedCode] = revoked,
            [CallerKind.Deputy] = sitting.Codes[PreparedSitting.Number(0)],
            [CallerKind.DeputyOfAnotherSitting] = other.Codes[PreparedSitting.Number(0)],
            [CallerKind.Viewer] = (await secretariat.CreateViewerLinkAsync(sitting.SittingId)).Code,
            [CallerKind.ViewerOfAnotherSitting] = (await secretariat.CreateViewerLinkAsync(other.SittingId)).Code,
            [CallerKind.Presidium] = (await secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code,
            [CallerKind.Secretariat] = secretariatCode,
            [CallerKind.Scrutineer] = (await secretariat.IssueStaffCredentialAsync(Role.Scrutineer, "监票人乙")).Code,
            [CallerKind.DesignatedScrutineer] = designated.Credential!.Code,
            [CallerKind.TermDeputy] = (await secretariat.IssuePersonalCredentialAsync(term.Id, "T001")).Code,
            [CallerKind.Department] = (await secretariat.IssueDepartmentCredentialAsync(term.Id, department.Id)).Code,
        };
        return new AttackCallers(sitting, other, codes, term.Id);
    }
}
