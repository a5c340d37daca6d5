using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Infrastructure;

internal sealed class SittingConfiguration : IEntityTypeConfiguration<Sitting>
{
    public void Configure(EntityTypeBuilder<Sitting> b)
    {
        b.Property(s => s.Name).HasMaxLength(200);
        b.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId);
    }
}

internal sealed class DeputyConfiguration : IEntityTypeConfiguration<Deputy>
{
    public void Configure(EntityTypeBuilder<Deputy> b)
    {
        b.HasIndex(d => new { d.SittingId, d.Number }).IsUnique();
        b.HasOne<Sitting>().WithMany().HasForeignKey(d => d.SittingId);
        b.HasOne<TermDeputy>().WithMany().HasForeignKey(d => d.TermDeputyId);
        // 代表证号 "hk001" and "HK001" are one deputy, in the index, in imports and in URLs alike.
        b.Property(d => d.Number).HasMaxLength(32).UseCollation("NOCASE");
        b.Property(d => d.Name).HasMaxLength(64);
        b.Property(d => d.Delegation).HasMaxLength(64);
        b.Property(d => d.Status).HasConversion(v => v.Wire(), s => WireNames.Parse<DeputyStatus>(s)).HasMaxLength(16);
        b.Property(d => d.SignInSource)
            .HasConversion(v => v == null ? null : v.Value.Wire(), s => s == null ? null : WireNames.Parse<SignInSource>(s)).HasMaxLength(16);
    }
}

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> b)
    {
        b.HasIndex(c => c.TokenHash).IsUnique();
        b.HasIndex(c => c.DeputyId);
        b.HasOne<Deputy>().WithMany().HasForeignKey(c => c.DeputyId);
        b.HasOne<Term>().WithMany().HasForeignKey(c => c.TermId);
        b.HasOne<TermDeputy>().WithMany().HasForeignKey(c => c.TermDeputyId);
        b.HasIndex(c => c.TermDeputyId);
        b.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId);
        b.Property(c => c.Role).HasConversion(v => v.Wire(), s => WireNames.Parse<Role>(s)).HasMaxLength(16);
        b.Property(c => c.Name).HasMaxLength(64);
        b.Property(c => c.SigningKey).HasMaxLength(200);
        b.Property(c => c.SealingKey).HasMaxLength(200);
    }
}

internal sealed class BoxKeyWrapConfiguration : IEntityTypeConfiguration<BoxKeyWrap>
{
    public void Configure(EntityTypeBuilder<BoxKeyWrap> b)
    {
        b.HasKey(w => new { w.BallotId, w.CredentialId });
        b.HasOne<Ballot>().WithMany().HasForeignKey(w => w.BallotId);
        b.HasOne<Credential>().WithMany().HasForeignKey(w => w.CredentialId);
    }
}

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> b)
    {
        b.HasOne<Sitting>().WithMany().HasForeignKey(x => x.SittingId);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(p => p.BallotId);
        b.HasOne<Ballot>().WithMany().HasForeignKey(x => x.PreviousBallotId);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.AuditHead).HasMaxLength(64);
        b.Property(x => x.BoxRoot).HasMaxLength(64);
        b.Property(x => x.BoxPublicKey).HasMaxLength(200);
        // Kind and state are stored by their wire names, as they always were.
        b.Property(x => x.Kind).HasConversion(v => v.Wire(), s => WireNames.Parse<BallotKind>(s));
        b.Property(x => x.State).HasConversion(v => v.Wire(), s => WireNames.Parse<BallotState>(s));
        b.HasIndex(x => new { x.SittingId, x.State });
        // One place on the agenda per ballot, and one follow-up round (run-off, repeat, further ballot) per ballot.
        b.HasIndex(x => new { x.SittingId, x.AgendaPosition }).IsUnique();
        b.HasIndex(x => x.PreviousBallotId).IsUnique();
        b.HasOne(x => x.ShortfallDecision).WithOne().HasForeignKey<ShortfallDecision>(d => d.BallotId);
        b.HasMany(x => x.GradeDecisions).WithOne().HasForeignKey(d => d.BallotId);
    }
}

internal sealed class ShortfallDecisionConfiguration : IEntityTypeConfiguration<ShortfallDecision>
{
    public void Configure(EntityTypeBuilder<ShortfallDecision> b)
    {
        b.HasKey(d => d.BallotId);
        b.Property(d => d.Decision).HasMaxLength(32);
        b.Property(d => d.Note).HasMaxLength(500);
        b.HasOne<Ballot>().WithMany().HasForeignKey(d => d.FollowUpBallotId);
    }
}

internal sealed class GradeDecisionConfiguration : IEntityTypeConfiguration<GradeDecision>
{
    public void Configure(EntityTypeBuilder<GradeDecision> b)
    {
        b.HasKey(d => new { d.BallotId, d.ItemId });
        b.HasOne<BallotItem>().WithMany().HasForeignKey(d => d.ItemId);
        b.Property(d => d.Grade).HasConversion(v => v.Wire(), s => WireNames.Parse<ChoiceOption>(s)).HasMaxLength(32);
        b.Property(d => d.GradeLabel).HasMaxLength(32);
        b.Property(d => d.Note).HasMaxLength(500);
    }
}

internal sealed class BallotItemConfiguration : IEntityTypeConfiguration<BallotItem>
{
    public void Configure(EntityTypeBuilder<BallotItem> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.LeadDepartment).HasMaxLength(100);
        b.Property(p => p.Group).HasMaxLength(64);
        b.Property(p => p.BudgetWan).HasPrecision(14, 2);
    }
}

internal sealed class NamedVoteConfiguration : IEntityTypeConfiguration<NamedVote>
{
    public void Configure(EntityTypeBuilder<NamedVote> b)
    {
        b.HasKey(v => new { v.BallotId, v.DeputyId });
        b.HasOne<Ballot>().WithMany().HasForeignKey(v => v.BallotId);
        b.HasOne<Deputy>().WithMany().HasForeignKey(v => v.DeputyId);
    }
}

internal sealed class IssuanceConfiguration : IEntityTypeConfiguration<Issuance>
{
    public void Configure(EntityTypeBuilder<Issuance> b)
    {
        b.HasKey(i => new { i.BallotId, i.DeputyId });
        b.HasOne<Ballot>().WithMany().HasForeignKey(i => i.BallotId);
        b.HasOne<Deputy>().WithMany().HasForeignKey(i => i.DeputyId);
        b.Property(i => i.CastId).HasMaxLength(64);
        b.Property(i => i.TrackingCode).HasMaxLength(16);
    }
}

internal sealed class CountingStaffConfiguration : IEntityTypeConfiguration<CountingStaff>
{
    public void Configure(EntityTypeBuilder<CountingStaff> b)
    {
        b.HasOne<Sitting>().WithMany().HasForeignKey(s => s.SittingId);
        b.HasOne<Credential>().WithMany().HasForeignKey(s => s.CredentialId);
        b.HasIndex(s => s.CredentialId).IsUnique();
        b.HasIndex(s => s.SittingId);
        b.Property(s => s.Name).HasMaxLength(64);
        b.Property(s => s.Role).HasConversion(v => v.Wire(), s => WireNames.Parse<CountingRole>(s)).HasMaxLength(32);
        // One 总监票人 per sitting.
        b.HasIndex(s => s.SittingId, "IX_CountingStaff_OneChiefPerSitting").IsUnique()
            .HasFilter($"\"Role\" = '{CountingRole.ChiefScrutineer.Wire()}'");
    }
}

internal sealed class CountSignatureConfiguration : IEntityTypeConfiguration<CountSignature>
{
    public void Configure(EntityTypeBuilder<CountSignature> b)
    {
        b.HasKey(s => new { s.BallotId, s.CountingStaffId });
        b.HasOne<Ballot>().WithMany().HasForeignKey(s => s.BallotId);
        b.HasOne<CountingStaff>().WithMany().HasForeignKey(s => s.CountingStaffId);
        b.Property(s => s.Signature).HasMaxLength(200);
        b.Property(s => s.SigningKey).HasMaxLength(200);
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.HasIndex(n => new { n.SittingId, n.Number }).IsUnique();
        b.HasIndex(n => n.BallotId).IsUnique();
        b.HasOne<Sitting>().WithMany().HasForeignKey(n => n.SittingId);
        b.HasOne<Ballot>().WithMany().HasForeignKey(n => n.BallotId);
        b.Property(n => n.ServerSignature).HasMaxLength(200);
    }
}

internal sealed class ConfirmationConfiguration : IEntityTypeConfiguration<Confirmation>
{
    public void Configure(EntityTypeBuilder<Confirmation> b)
    {
        b.HasOne<Sitting>().WithMany().HasForeignKey(c => c.SittingId);
        b.HasOne<Ballot>().WithMany().HasForeignKey(c => c.BallotId);
        b.HasOne<Deputy>().WithMany().HasForeignKey(c => c.DeputyId);
        b.HasOne<CountingStaff>().WithMany().HasForeignKey(c => c.CountingStaffId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => c.SittingId);
        b.Property(c => c.Act).HasConversion(v => v.Wire(), s => WireNames.Parse<ConfirmationAct>(s)).HasMaxLength(32);
        b.Property(c => c.Subject).HasMaxLength(200);
        b.Property(c => c.Reason).HasMaxLength(500);
        b.Property(c => c.RequestedByName).HasMaxLength(64);
        b.Property(c => c.DecidedByName).HasMaxLength(64);
        b.Property(c => c.Note).HasMaxLength(500);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasIndex(e => e.SittingId);
        b.Property(e => e.Role).HasConversion(v => v == null ? null : v.Value.Wire(), s => s == null ? null : WireNames.Parse<Role>(s)).HasMaxLength(16);
        b.Property(e => e.Name).HasMaxLength(64);
        b.Property(e => e.Address).HasMaxLength(64);
        b.Property(e => e.Action).HasConversion(v => v.Wire(), s => WireNames.Parse<AuditAction>(s)).HasMaxLength(48);
        b.Property(e => e.Summary).HasMaxLength(1000);
        b.Property(e => e.PrevHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
    }
}

internal sealed class NoticeFileConfiguration : IEntityTypeConfiguration<NoticeFile>
{
    public void Configure(EntityTypeBuilder<NoticeFile> b)
    {
        b.HasKey(f => new { f.NoticeId, f.Format });
        b.HasOne<Notice>().WithMany().HasForeignKey(f => f.NoticeId);
        b.Property(f => f.Format).HasMaxLength(8);
        b.Property(f => f.Sha256).HasMaxLength(64);
    }
}
