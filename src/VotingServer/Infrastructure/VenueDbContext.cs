using Microsoft.EntityFrameworkCore;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>The store's model; on SQLite this type, with its migrations in Infrastructure/Migrations.</summary>
public class VenueDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Sitting> Sittings => Set<Sitting>();
    public DbSet<Deputy> Deputies => Set<Deputy>();
    public DbSet<Credential> Credentials => Set<Credential>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<BallotItem> BallotItems => Set<BallotItem>();
    public DbSet<NamedVote> NamedVotes => Set<NamedVote>();
    public DbSet<CountingStaff> CountingStaff => Set<CountingStaff>();
    public DbSet<CountSignature> CountSignatures => Set<CountSignature>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<NoticeFile> NoticeFiles => Set<NoticeFile>();
    public DbSet<Issuance> Issuances => Set<Issuance>();
    public DbSet<ShortfallDecision> ShortfallDecisions => Set<ShortfallDecision>();
    public DbSet<GradeDecision> GradeDecisions => Set<GradeDecision>();
    public DbSet<Confirmation> Confirmations => Set<Confirmation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<BoxKeyWrap> BoxKeyWraps => Set<BoxKeyWrap>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<TermDeputy> TermDeputies => Set<TermDeputy>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<SuggestionRound> SuggestionRounds => Set<SuggestionRound>();
    public DbSet<SuggestionSigner> SuggestionSigners => Set<SuggestionSigner>();
    public DbSet<SuggestionCoDepartment> SuggestionCoDepartments => Set<SuggestionCoDepartment>();
    public DbSet<ProjectProposal> ProjectProposals => Set<ProjectProposal>();
    public DbSet<LivelihoodProject> LivelihoodProjects => Set<LivelihoodProject>();
    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();
    public DbSet<ProjectSupervisor> ProjectSupervisors => Set<ProjectSupervisor>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<ProjectInspection> ProjectInspections => Set<ProjectInspection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VenueDbContext).Assembly);
}

/// <summary>The same model on PostgreSQL, with its own migrations (Infrastructure/Migrations/Postgres).</summary>
public sealed class PostgresVenueDbContext(DbContextOptions<PostgresVenueDbContext> options) : VenueDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // SQLite's NOCASE: 代表证号 "hk001" and "HK001" are one deputy. ICU at strength 2 ignores case, not accents.
        modelBuilder.HasCollation("nocase", locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        modelBuilder.Entity<Deputy>().Property(d => d.Number).UseCollation("nocase");
        modelBuilder.Entity<TermDeputy>().Property(d => d.Number).UseCollation("nocase");
    }
}
