using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Infrastructure;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> b) => b.Property(t => t.Name).HasMaxLength(Limits.SittingName);
}

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId);
        b.HasIndex(s => new { s.TermId, s.Name }).IsUnique();
        b.Property(s => s.Name).HasMaxLength(Limits.Delegation);
    }
}

internal sealed class TermDeputyConfiguration : IEntityTypeConfiguration<TermDeputy>
{
    public void Configure(EntityTypeBuilder<TermDeputy> b)
    {
        b.HasOne<Term>().WithMany().HasForeignKey(d => d.TermId);
        b.HasOne<Station>().WithMany().HasForeignKey(d => d.StationId);
        b.HasIndex(d => new { d.TermId, d.Number }).IsUnique();
        // As in a sitting's roster: "hk001" and "HK001" are one deputy.
        b.Property(d => d.Number).HasMaxLength(Limits.DeputyNumber).UseCollation("NOCASE");
        b.Property(d => d.Name).HasMaxLength(Limits.PersonName);
        b.Property(d => d.Status).HasConversion(v => v.Wire(), s => WireNames.Parse<DeputyStatus>(s)).HasMaxLength(16);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.HasOne<Term>().WithMany().HasForeignKey(d => d.TermId);
        b.HasIndex(d => new { d.TermId, d.Name }).IsUnique();
        b.Property(d => d.Name).HasMaxLength(Limits.ItemDepartment);
    }
}

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId);
        b.HasOne<TermDeputy>().WithMany().HasForeignKey(s => s.TermDeputyId);
        b.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId);
        b.HasOne<Department>().WithMany().HasForeignKey(s => s.LeadDepartmentId);
        b.HasMany(s => s.CoSigners).WithOne().HasForeignKey(x => x.SuggestionId);
        b.HasMany(s => s.CoDepartments).WithOne().HasForeignKey(x => x.SuggestionId);
        b.HasMany(s => s.Rounds).WithOne().HasForeignKey(x => x.SuggestionId);
        b.HasIndex(s => new { s.TermId, s.Number }).IsUnique();
        b.HasIndex(s => s.TermDeputyId);
        b.HasIndex(s => s.LeadDepartmentId);
        b.Property(s => s.Number).HasMaxLength(Limits.SuggestionNumber);
        b.Property(s => s.Title).HasMaxLength(Limits.SuggestionTitle);
        b.Property(s => s.Content).HasMaxLength(Limits.SuggestionText);
    }
}

internal sealed class SuggestionSignerConfiguration : IEntityTypeConfiguration<SuggestionSigner>
{
    public void Configure(EntityTypeBuilder<SuggestionSigner> b)
    {
        b.HasKey(x => new { x.SuggestionId, x.TermDeputyId });
        b.HasOne<TermDeputy>().WithMany().HasForeignKey(x => x.TermDeputyId);
    }
}

internal sealed class SuggestionCoDepartmentConfiguration : IEntityTypeConfiguration<SuggestionCoDepartment>
{
    public void Configure(EntityTypeBuilder<SuggestionCoDepartment> b)
    {
        b.HasKey(x => new { x.SuggestionId, x.DepartmentId });
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId);
    }
}

internal sealed class SuggestionRoundConfiguration : IEntityTypeConfiguration<SuggestionRound>
{
    public void Configure(EntityTypeBuilder<SuggestionRound> b)
    {
        b.HasKey(x => new { x.SuggestionId, x.Round });
        b.Property(x => x.AnswerClass)
            .HasConversion(v => v == null ? null : v.Value.Wire(), s => s == null ? null : WireNames.Parse<AnswerClassCode>(s)).HasMaxLength(8);
        b.Property(x => x.Rating)
            .HasConversion(v => v == null ? null : v.Value.Wire(), s => s == null ? null : WireNames.Parse<HandlingRatingCode>(s)).HasMaxLength(32);
        b.Property(x => x.Answer).HasMaxLength(Limits.SuggestionText);
        b.Property(x => x.AnsweredBy).HasMaxLength(Limits.PersonName);
        b.Property(x => x.Comment).HasMaxLength(Limits.Note);
    }
}
