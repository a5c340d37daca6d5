using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Tally.Records;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Audit;

/// <summary>The audit record for the presidium and the scrutineers: read page by page, or exported whole as a workbook.</summary>
public static class AuditApi
{
    private const int PageSize = 500;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit")
            .RequireAuthorization(p => p.RequireRole(Role.Presidium.Wire(), Role.Scrutineer.Wire()));
        audit.MapGet("/", async (int? sittingId, long? after, int? latest, VenueDbContext db) =>
        {
            // The latest entries, for a page that shows the end of the record without reading all of it.
            var page = latest is { } count
                ? (await Entries(db, sittingId).OrderByDescending(e => e.Id).Take(Math.Clamp(count, 0, PageSize)).ToListAsync())
                    .AsEnumerable().Reverse()
                : await Entries(db, sittingId).Where(e => e.Id > (after ?? 0)).OrderBy(e => e.Id).Take(PageSize).ToListAsync();
            return TypedResults.Ok(page.Select(e => e.ToView()).ToList());
        });
        audit.MapGet("/verify", async (VenueDbContext db) =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {AuditTrail.Columns} FROM \"AuditEntries\" ORDER BY \"Id\"";
                using var reader = await command.ExecuteReaderAsync();
                var entries = new List<StoredEntry>();
                while (await reader.ReadAsync()) entries.Add(Readable(reader));
                var check = AuditChain.Verify(entries);
                return TypedResults.Ok(new AuditChainView(entries.Count, check.Head, check.Intact,
                    check.Problem is { } p ? new AuditChainProblemView(p.EntryId, p.Reason, p.Code) : null));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        audit.MapGet("/export.xlsx", async (int? sittingId, VenueDbContext db) =>
        {
            var rows = (await Entries(db, sittingId).OrderBy(e => e.Id).ToListAsync()).Select(Row).ToList();
            using var stream = new MemoryStream();
            stream.SaveAs(new Dictionary<string, object> { ["操作记录"] = rows }, excelType: ExcelType.XLSX);
            return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sittingId is { } id ? $"audit-sitting-{id}.xlsx" : "audit.xlsx");
        });
        return app;
    }

    /// <summary>An entry as stored; one whose fields no longer read as their types (edited by hand) fails its hash.</summary>
    private static StoredEntry Readable(DbDataReader reader)
    {
        try { return AuditTrail.ToStored(reader); }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            return new StoredEntry(
                new ChainEntry(reader.GetInt64(0), DateTimeOffset.MinValue, null, null, "", null, "", null, null, "（无法读取）"),
                reader.IsDBNull(10) ? null : reader.GetValue(10).ToString(), reader.IsDBNull(11) ? null : reader.GetValue(11).ToString());
        }
    }

    private static IQueryable<AuditEntry> Entries(VenueDbContext db, int? sittingId) =>
        sittingId is { } id ? db.AuditEntries.AsNoTracking().Where(e => e.SittingId == id) : db.AuditEntries.AsNoTracking();

    private static Dictionary<string, object?> Row(AuditEntry e) => new()
    {
        ["序号"] = e.Id, ["时间"] = ChinaTime.Format(e.At), ["操作人"] = e.Name, ["角色"] = e.Role?.Wire() ?? "server",
        ["凭证编号"] = e.CredentialId, ["地址"] = e.Address, ["操作"] = e.Action.Wire(), ["会议"] = e.SittingId, ["表决"] = e.BallotId,
        ["内容"] = e.Summary,
    };
}
