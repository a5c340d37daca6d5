using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Terms;

/// <summary>The term of office (届) between sittings: its register, stations, departments and their credentials.</summary>
public static class TermsApi
{
    public static IEndpointRouteBuilder MapTerms(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/terms").RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        staff.MapGet("/", async (VenueDbContext db) =>
            TypedResults.Ok((await db.Terms.AsNoTracking().OrderBy(t => t.Id).ToListAsync()).Select(t => t.ToView()).ToList()));
        staff.MapPost("/", Create).RequireRole(Role.Secretariat);
        staff.MapGet("/{termId:int}/deputies", Deputies);
        staff.MapGet("/{termId:int}/stations", Stations);
        staff.MapPut("/{termId:int}/register", ImportRegister).RequireRole(Role.Secretariat)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Limits.RosterFileBytes));
        staff.MapPost("/{termId:int}/departments", AddDepartment).RequireRole(Role.Secretariat);
        staff.MapPost("/{termId:int}/deputies/{number}/credential", async (int termId, string number, HttpContext http, TermQueries terms, CredentialIssuer issuer) =>
        {
            await terms.GetAsync(termId, Caller.From(http.User));
            return TypedResults.Ok(await issuer.IssuePersonalAsync(termId, number));
        }).RequireRole(Role.Secretariat);
        staff.MapDelete("/{termId:int}/deputies/{number}/credential", async (int termId, string number, HttpContext http, TermQueries terms, CredentialIssuer issuer) =>
        {
            await terms.GetAsync(termId, Caller.From(http.User));
            await issuer.RevokePersonalAsync(termId, number);
            return TypedResults.NoContent();
        }).RequireRole(Role.Secretariat);
        staff.MapPost("/{termId:int}/departments/{departmentId:int}/credential", async (int termId, int departmentId, HttpContext http, TermQueries terms, CredentialIssuer issuer) =>
        {
            await terms.GetAsync(termId, Caller.From(http.User));
            return TypedResults.Ok(await issuer.IssueDepartmentAsync(termId, departmentId));
        }).RequireRole(Role.Secretariat);

        // A term's own deputies and departments read the term and its departments too (the phone's and the department's pages).
        var members = app.MapGroup("/api/terms/{termId:int}").RequireAuthorization(CredentialAuthenticationExtensions.TermPolicy);
        members.MapGet("/", async (int termId, HttpContext http, TermQueries terms) =>
            TypedResults.Ok((await terms.GetAsync(termId, Caller.From(http.User))).ToView()));
        members.MapGet("/departments", Departments);
        return app;
    }

    private static async Task<Created<TermView>> Create(CreateTermRequest request, GroupCommitWriter writer, TimeProvider clock, HttpContext http)
    {
        var name = request.Checked().Name?.Trim() ?? "";
        if (name.Length == 0) throw VenueErrors.Invalid($"请填写届的名称，例如“某某区第十八届人民代表大会”（不超过{Limits.SittingName}字）。");
        var term = new Term
        {
            Name = name, AnswerMonths = request.AnswerMonths ?? 3, DifficultAnswerMonths = request.DifficultAnswerMonths ?? 6,
            RehandleMonths = request.RehandleMonths ?? 1, ReminderDays = request.ReminderDays ?? 15,
            ExtraCandidates = request.ExtraCandidates ?? 1, CandidatePercent = request.CandidatePercent ?? 0, CreatedAt = clock.GetUtcNow(),
        };
        try
        {
            _ = term.Deadlines();
            _ = new Tally.BetweenSittings.CandidateMargin(term.ExtraCandidates, term.CandidatePercent);
        }
        catch (ArgumentException bad)
        {
            throw VenueErrors.Invalid(bad.Message);
        }
        if (term.ReminderDays is < 0 or > 90) throw VenueErrors.Invalid($"到期提醒应在期限前0至90天，现为{term.ReminderDays}天。");
        await writer.WriteAsync(tx =>
        {
            tx.Db.Terms.Add(term);
            tx.Save();
            AuditTrail.Record(tx, Actor.From(http), term.CreatedAt, AuditAction.TermCreated,
                $"创建届“{name}”，建议答复期限{term.AnswerMonths}个月（难度大的{term.DifficultAnswerMonths}个月），重新办理期限{term.RehandleMonths}个月");
            return term;
        });
        return TypedResults.Created($"/api/terms/{term.Id}", term.ToView());
    }

    private static async Task<Ok<List<TermDeputyView>>> Deputies(int termId, HttpContext http, TermQueries terms, VenueDbContext db)
    {
        await terms.GetAsync(termId, Caller.From(http.User));
        var stations = await db.Stations.AsNoTracking().Where(s => s.TermId == termId).ToDictionaryAsync(s => s.Id, s => s.Name);
        var withCredential = (await db.Credentials.AsNoTracking()
            .Where(c => c.TermId == termId && c.TermDeputyId != null && c.RevokedAt == null).Select(c => c.TermDeputyId!.Value).ToListAsync()).ToHashSet();
        var deputies = await db.TermDeputies.AsNoTracking().Where(d => d.TermId == termId).OrderBy(d => d.Number).ToListAsync();
        return TypedResults.Ok(deputies.Select(d => new TermDeputyView(
            d.Id, d.Number, d.Name, d.StationId is { } s ? stations[s] : "", d.Status, withCredential.Contains(d.Id))).ToList());
    }

    private static async Task<Ok<List<StationView>>> Stations(int termId, HttpContext http, TermQueries terms, VenueDbContext db)
    {
        await terms.GetAsync(termId, Caller.From(http.User));
        var counts = await db.TermDeputies.AsNoTracking().Where(d => d.TermId == termId && d.StationId != null)
            .GroupBy(d => d.StationId).Select(g => new { Id = g.Key!.Value, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count);
        var stations = await db.Stations.AsNoTracking().Where(s => s.TermId == termId).OrderBy(s => s.Name).ToListAsync();
        return TypedResults.Ok(stations.Select(s => new StationView(s.Id, s.Name, counts.GetValueOrDefault(s.Id))).ToList());
    }

    private static async Task<Ok<TermRegisterImported>> ImportRegister(int termId, HttpRequest request, TermQueries terms, TermRegister register)
    {
        await terms.GetAsync(termId, Caller.From(request.HttpContext.User));
        return TypedResults.Ok(await register.ImportAsync(termId, await TableFile.ReceiveAsync(request, "名册", VenueErrors.RosterInvalid)));
    }

    private static async Task<Ok<DepartmentView>> AddDepartment(
        int termId, CreateDepartmentRequest request, HttpContext http, TermQueries terms, GroupCommitWriter writer, TimeProvider clock)
    {
        var name = request.Checked().Name?.Trim() ?? "";
        if (name.Length == 0) throw VenueErrors.Invalid($"请填写承办单位名称（不超过{Limits.ItemDepartment}字）。");
        await terms.GetAsync(termId, Caller.From(http.User));
        var department = await writer.WriteAsync(tx =>
        {
            if (tx.Db.Departments.Any(d => d.TermId == termId && d.Name == name)) throw VenueErrors.Invalid($"承办单位“{name}”已在名单中。");
            var added = new Department { TermId = termId, Name = name };
            tx.Db.Departments.Add(added);
            tx.Save();
            AuditTrail.Record(tx, Actor.From(http), clock.GetUtcNow(), AuditAction.DepartmentAdded, $"添加承办单位“{name}”（第{termId}号届）");
            return added;
        });
        return TypedResults.Ok(new DepartmentView(department.Id, department.Name, false));
    }

    private static async Task<Ok<List<DepartmentView>>> Departments(int termId, HttpContext http, TermQueries terms, VenueDbContext db)
    {
        await terms.GetAsync(termId, Caller.From(http.User));
        var withCredential = (await db.Credentials.AsNoTracking()
            .Where(c => c.TermId == termId && c.DepartmentId != null && c.RevokedAt == null).Select(c => c.DepartmentId!.Value).ToListAsync()).ToHashSet();
        var departments = await db.Departments.AsNoTracking().Where(d => d.TermId == termId).OrderBy(d => d.Name).ToListAsync();
        return TypedResults.Ok(departments.Select(d => new DepartmentView(d.Id, d.Name, withCredential.Contains(d.Id))).ToList());
    }
}
