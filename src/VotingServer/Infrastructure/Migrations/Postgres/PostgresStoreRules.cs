using Microsoft.EntityFrameworkCore.Migrations;

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations.Postgres;

/// <summary>
/// What the SQLite migrations add by raw SQL, and is still in force there, for PostgreSQL: the ballot box (no
/// entity: no deputy, no time, no sequence), the triggers that keep published notices, the presidium's decisions,
/// confirmations and the audit record unchanged, and the row triggers that feed the writers' in-memory copies
/// (<c>venue_rows</c>, see docs/storage.md).
/// </summary>
internal static class PostgresStoreRules
{
    /// <summary>Tables whose changed rows the in-memory copies follow (IStoreObserver.Tables).</summary>
    private static readonly string[] Followed = ["Credentials", "Deputies", "Ballots"];

    private static readonly (string Table, string Operation, string Message, string? When)[] Refusals =
    [
        ("Notices", "UPDATE", "a published notice cannot be changed", null),
        ("Notices", "DELETE", "a published notice cannot be removed", null),
        ("ShortfallDecisions", "UPDATE", "a decision of the presidium is never changed", null),
        ("ShortfallDecisions", "DELETE", "a decision of the presidium is never deleted", null),
        ("GradeDecisions", "UPDATE", "a decision of the presidium is never changed", null),
        ("GradeDecisions", "DELETE", "a decision of the presidium is never deleted", null),
        ("AuditEntries", "DELETE", "the audit record is never deleted", null),
        // Still append-only: the one change allowed is giving an entry written before the chain its hashes, once.
        ("AuditEntries", "UPDATE", "the audit record is never changed",
            """
            OLD."Hash" IS NOT NULL OR OLD."PrevHash" IS NOT NULL OR NEW."Hash" IS NULL OR NEW."PrevHash" IS NULL
            OR NEW."Id" IS DISTINCT FROM OLD."Id" OR NEW."At" IS DISTINCT FROM OLD."At" OR NEW."CredentialId" IS DISTINCT FROM OLD."CredentialId"
            OR NEW."Role" IS DISTINCT FROM OLD."Role" OR NEW."Name" IS DISTINCT FROM OLD."Name" OR NEW."Address" IS DISTINCT FROM OLD."Address"
            OR NEW."Action" IS DISTINCT FROM OLD."Action" OR NEW."SittingId" IS DISTINCT FROM OLD."SittingId"
            OR NEW."BallotId" IS DISTINCT FROM OLD."BallotId" OR NEW."Summary" IS DISTINCT FROM OLD."Summary"
            """),
        ("Confirmations", "DELETE", "a confirmation is never deleted", null),
        ("Confirmations", "UPDATE", "a decision of the presidium is never changed",
            """
            OLD."Confirmed" IS NOT NULL AND (NEW."Confirmed" IS DISTINCT FROM OLD."Confirmed" OR NEW."DecidedAt" IS DISTINCT FROM OLD."DecidedAt"
                OR NEW."DoneAt" IS DISTINCT FROM OLD."DoneAt" AND OLD."DoneAt" IS NOT NULL)
            """),
    ];

    public static void Up(MigrationBuilder migrationBuilder)
    {
        // The ballot box (投票箱): while a ballot is open, sealed choices (Sealed); once counted, the choices as
        // published (Choices). Exactly one of the two is present in a row.
        migrationBuilder.Sql("""
            CREATE TABLE "BallotBox" (
                "BallotId" integer NOT NULL REFERENCES "Ballots" ("Id"),
                "BoxKey" bytea NOT NULL,
                "Choices" text NULL,
                "Sealed" bytea NULL,
                CHECK (("Choices" IS NULL) <> ("Sealed" IS NULL)),
                PRIMARY KEY ("BallotId", "BoxKey")
            );
            """);
        migrationBuilder.Sql("""
            CREATE FUNCTION venue_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$;
            """);
        foreach (var (table, operation, message, when) in Refusals)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{table}_No{Title(operation)}" BEFORE {operation} ON "{table}" FOR EACH ROW
                {(when is null ? "" : $"WHEN ({when})")}
                EXECUTE FUNCTION venue_refuse('{message}');
                """);
        }
        migrationBuilder.Sql("""
            CREATE FUNCTION venue_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_notify('venue_rows', TG_TABLE_NAME || ' ' || NEW."Id"); RETURN NULL; END $$;
            """);
        foreach (var table in Followed)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{table}_Notify" AFTER INSERT OR UPDATE ON "{table}" FOR EACH ROW EXECUTE FUNCTION venue_notify_row();
                """);
        }
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Followed) migrationBuilder.Sql($"DROP TRIGGER \"{table}_Notify\" ON \"{table}\";");
        migrationBuilder.Sql("DROP FUNCTION venue_notify_row();");
        foreach (var (table, operation, _, _) in Refusals)
            migrationBuilder.Sql($"DROP TRIGGER \"{table}_No{Title(operation)}\" ON \"{table}\";");
        migrationBuilder.Sql("DROP FUNCTION venue_refuse();");
        migrationBuilder.Sql("DROP TABLE \"BallotBox\";");
    }

    private static string Title(string operation) => operation[..1] + operation[1..].ToLowerInvariant();
}
