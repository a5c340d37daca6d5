using Microsoft.EntityFrameworkCore;

namespace PeoplesCongress.VotingServer.Infrastructure;

public sealed class VenueDbContext(DbContextOptions<VenueDbContext> options) : DbContext(options)
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VenueDbContext).Assembly);
}
