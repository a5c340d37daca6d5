using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Infrastructure;

internal sealed class ProjectProposalConfiguration : IEntityTypeConfiguration<ProjectProposal>
{
    public void Configure(EntityTypeBuilder<ProjectProposal> b)
    {
        b.HasOne<Term>().WithMany().HasForeignKey(p => p.TermId);
        b.HasOne<Ballot>().WithMany().HasForeignKey(p => p.BallotId);
        b.HasIndex(p => new { p.TermId, p.Year });
        b.Property(p => p.Title).HasMaxLength(Limits.ItemName);
        b.Property(p => p.Description).HasMaxLength(Limits.ItemContent);
        b.Property(p => p.Place).HasMaxLength(Limits.ItemGroup);
        b.Property(p => p.LeadDepartment).HasMaxLength(Limits.ItemDepartment);
        b.Property(p => p.Source).HasMaxLength(Limits.Code);
        b.Property(p => p.SubmitterName).HasMaxLength(Limits.PersonName);
        b.Property(p => p.SubmitterPhone).HasMaxLength(Limits.Code);
        b.Property(p => p.ScreeningNote).HasMaxLength(Limits.Note);
        b.Property(p => p.Screening).HasConversion(v => v.Wire(), s => WireNames.Parse<ProposalScreening>(s)).HasMaxLength(16);
    }
}

internal sealed class LivelihoodProjectConfiguration : IEntityTypeConfiguration<LivelihoodProject>
{
    public void Configure(EntityTypeBuilder<LivelihoodProject> b)
    {
        b.HasOne<Term>().WithMany().HasForeignKey(p => p.TermId);
        b.HasOne<ProjectProposal>().WithMany().HasForeignKey(p => p.ProposalId);
        b.HasOne<Department>().WithMany().HasForeignKey(p => p.LeadDepartmentId);
        b.HasOne<Ballot>().WithMany().HasForeignKey(p => p.BallotId);
        b.HasOne<Ballot>().WithMany().HasForeignKey(p => p.AppraisalBallotId);
        // A ballot's item is adopted as one project, once.
        b.HasIndex(p => p.BallotItemId).IsUnique();
        b.HasIndex(p => new { p.TermId, p.Year });
        b.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId);
        b.HasMany(p => p.Supervisors).WithOne().HasForeignKey(s => s.ProjectId);
        b.HasMany(p => p.Reports).WithOne().HasForeignKey(r => r.ProjectId);
        b.HasMany(p => p.Inspections).WithOne().HasForeignKey(i => i.ProjectId);
        b.Property(p => p.Title).HasMaxLength(Limits.ItemName);
        b.Property(p => p.Description).HasMaxLength(Limits.ItemContent);
        b.Property(p => p.Place).HasMaxLength(Limits.ItemGroup);
        b.Property(p => p.Grade).HasMaxLength(Limits.Code);
    }
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> b) => b.Property(m => m.Name).HasMaxLength(Limits.ItemName);
}

internal sealed class ProjectSupervisorConfiguration : IEntityTypeConfiguration<ProjectSupervisor>
{
    public void Configure(EntityTypeBuilder<ProjectSupervisor> b)
    {
        b.HasKey(s => new { s.ProjectId, s.TermDeputyId });
        b.HasOne<TermDeputy>().WithMany().HasForeignKey(s => s.TermDeputyId);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.Property(r => r.By).HasMaxLength(Limits.ItemDepartment);
        b.Property(r => r.Text).HasMaxLength(Limits.SuggestionText);
    }
}

internal sealed class ProjectInspectionConfiguration : IEntityTypeConfiguration<ProjectInspection>
{
    public void Configure(EntityTypeBuilder<ProjectInspection> b)
    {
        b.Property(i => i.By).HasMaxLength(Limits.PersonName);
        b.Property(i => i.Text).HasMaxLength(Limits.SuggestionText);
    }
}
