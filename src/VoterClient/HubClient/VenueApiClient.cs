using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VoterClient;

/// <summary>
/// The typed client of the server's HTTP API (set-up and staff actions). Errors come back as
/// <see cref="VenueException"/> with the ProblemDetails' code and Chinese title.
/// </summary>
public sealed partial class VenueApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A client of <paramref name="server"/>; <paramref name="trust"/> if its certificate is the venue CA's.</summary>
    public static VenueApiClient Create(Uri server, string credentialCode, VenueTrust? trust = null)
    {
        var http = trust is null ? new HttpClient() : new HttpClient(trust.CreateHandler());
        http.BaseAddress = server;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credentialCode);
        return new VenueApiClient(http);
    }

    public Task<IdentityView> MeAsync() => Send<IdentityView>(HttpMethod.Get, "api/me");

    public Task<SittingView> CreateSittingAsync(CreateSittingRequest request) => Send<SittingView>(HttpMethod.Post, "api/sittings", request);

    /// <summary>Sets the sitting's term (null takes it away) and matches its roster to the term's register.</summary>
    public Task<SittingTermLinked> LinkSittingTermAsync(int sittingId, int? termId) =>
        Send<SittingTermLinked>(HttpMethod.Put, $"api/sittings/{sittingId}/term", new LinkSittingTermRequest(termId));

    /// <summary>允许代表以个人代表证签到, on or off.</summary>
    public Task<SittingView> SetPersonalCredentialsAsync(int sittingId, bool accept) =>
        Send<SittingView>(HttpMethod.Put, $"api/sittings/{sittingId}/personal-credentials", new SetPersonalCredentialsRequest(accept));

    public Task<List<SittingView>> SittingsAsync() => Send<List<SittingView>>(HttpMethod.Get, "api/sittings");

    public Task<AttendanceView> AttendanceAsync(int sittingId) => Send<AttendanceView>(HttpMethod.Get, $"api/sittings/{sittingId}/attendance");

    public Task<RosterImported> ImportRosterAsync(int sittingId, byte[] file, string contentType = "text/csv") =>
        Send<RosterImported>(HttpMethod.Put, $"api/sittings/{sittingId}/roster", new ByteArrayContent(file)
        {
            Headers = { ContentType = new MediaTypeHeaderValue(contentType) },
        });

    public Task<List<DeputyView>> RosterAsync(int sittingId) => Send<List<DeputyView>>(HttpMethod.Get, $"api/sittings/{sittingId}/roster");

    public Task<DeputyView> SetLeaveAsync(int sittingId, string number, bool onLeave) =>
        Send<DeputyView>(HttpMethod.Put, $"api/sittings/{sittingId}/deputies/{Uri.EscapeDataString(number)}/leave", new SetLeaveRequest(onLeave));

    /// <summary>Issues credentials and returns the printable sheet (HTML).</summary>
    public async Task<string> IssueCredentialSheetAsync(int sittingId, IReadOnlyList<string>? numbers = null)
    {
        using var response = await http.PostAsJsonAsync($"api/sittings/{sittingId}/credentials/sheet", new IssueCredentialsRequest(numbers), Json);
        await EnsureSuccess(response);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<IssuedCredential> ReissueCredentialAsync(int sittingId, string number) =>
        Send<IssuedCredential>(HttpMethod.Post, $"api/sittings/{sittingId}/deputies/{Uri.EscapeDataString(number)}/credential");

    public Task RevokeCredentialAsync(int sittingId, string number) =>
        Send<object>(HttpMethod.Delete, $"api/sittings/{sittingId}/deputies/{Uri.EscapeDataString(number)}/credential");

    public Task<DeputyView> SignInByHandAsync(int sittingId, string number) =>
        Send<DeputyView>(HttpMethod.Post, $"api/sittings/{sittingId}/deputies/{Uri.EscapeDataString(number)}/sign-in");

    public Task<DeputyView> UndoSignInAsync(int sittingId, string number) =>
        Send<DeputyView>(HttpMethod.Delete, $"api/sittings/{sittingId}/deputies/{Uri.EscapeDataString(number)}/sign-in");

    public Task<ViewerLinkView> CreateViewerLinkAsync(int sittingId) => Send<ViewerLinkView>(HttpMethod.Post, $"api/sittings/{sittingId}/viewer-links");

    public Task<List<StaffCredentialView>> StaffCredentialsAsync() => Send<List<StaffCredentialView>>(HttpMethod.Get, "api/staff-credentials");

    public Task RevokeStaffCredentialAsync(int credentialId) => Send<object>(HttpMethod.Delete, $"api/staff-credentials/{credentialId}");

    public Task<IssuedCredential> IssueStaffCredentialAsync(Role role, string name) =>
        Send<IssuedCredential>(HttpMethod.Post, "api/staff-credentials", new CreateStaffCredentialRequest(role, name));

    public Task<BallotView> CreateBallotAsync(int sittingId, CreateBallotRequest request) =>
        Send<BallotView>(HttpMethod.Post, $"api/sittings/{sittingId}/ballots", request);

    public Task<BallotView> EditBallotAsync(int ballotId, CreateBallotRequest request) =>
        Send<BallotView>(HttpMethod.Put, $"api/ballots/{ballotId}", request);

    public Task DeleteBallotAsync(int ballotId) => Send<object>(HttpMethod.Delete, $"api/ballots/{ballotId}");

    /// <summary>Swaps a draft with the one above (up) or below it on the agenda.</summary>
    public Task<BallotView> MoveBallotAsync(int ballotId, bool up) =>
        Send<BallotView>(HttpMethod.Post, $"api/ballots/{ballotId}/{(up ? "move-up" : "move-down")}");

    public Task<List<BallotView>> BallotsAsync(int sittingId) => Send<List<BallotView>>(HttpMethod.Get, $"api/sittings/{sittingId}/ballots");

    public Task<BallotView> OpenBallotAsync(int ballotId) => Send<BallotView>(HttpMethod.Post, $"api/ballots/{ballotId}/open");

    public Task<BallotResultView> CloseBallotAsync(int ballotId) => Send<BallotResultView>(HttpMethod.Post, $"api/ballots/{ballotId}/close");

    /// <summary>启封票箱: a designated scrutineer's card unseals a box whose key the server lost in a restart.</summary>
    public Task<BallotProgress> UnsealBoxAsync(int ballotId) => Send<BallotProgress>(HttpMethod.Post, $"api/ballots/{ballotId}/unseal");

    public Task<BallotView> RunOffAsync(int ballotId) => Send<BallotView>(HttpMethod.Post, $"api/ballots/{ballotId}/run-off");

    public Task<BallotView> RepeatAsync(int ballotId) => Send<BallotView>(HttpMethod.Post, $"api/ballots/{ballotId}/repeat");

    public Task<BallotResultView> DecideGradeAsync(int ballotId, GradeDecisionRequest decision) =>
        Send<BallotResultView>(HttpMethod.Post, $"api/ballots/{ballotId}/grade-decision", decision);

    public Task<BallotResultView> DecideShortfallAsync(int ballotId, ShortfallDecisionRequest decision) =>
        Send<BallotResultView>(HttpMethod.Post, $"api/ballots/{ballotId}/decision", decision);

    public Task<CountingStaffAdded> AddCountingStaffAsync(int sittingId, AddCountingStaffRequest request) =>
        Send<CountingStaffAdded>(HttpMethod.Post, $"api/sittings/{sittingId}/counting-staff", request);

    public Task<List<CountingStaffView>> CountingStaffAsync(int sittingId) =>
        Send<List<CountingStaffView>>(HttpMethod.Get, $"api/sittings/{sittingId}/counting-staff");

    public Task<IssuedCredential> ReissueCountingStaffCredentialAsync(int sittingId, int staffId) =>
        Send<IssuedCredential>(HttpMethod.Post, $"api/sittings/{sittingId}/counting-staff/{staffId}/credential");

    public Task WithdrawCountingStaffAsync(int sittingId, int staffId) =>
        Send<object>(HttpMethod.Delete, $"api/sittings/{sittingId}/counting-staff/{staffId}");

    /// <summary>A scrutineer's own designations: the sittings whose count records they sign.</summary>
    public Task<List<CountingAssignmentView>> MyCountingAssignmentsAsync() => Send<List<CountingAssignmentView>>(HttpMethod.Get, "api/me/counting-staff");

    public Task<List<BallotProgress>> ProgressAsync(int sittingId) => Send<List<BallotProgress>>(HttpMethod.Get, $"api/sittings/{sittingId}/ballots/progress");

    public Task<CountRecordView> CountRecordAsync(int ballotId) => Send<CountRecordView>(HttpMethod.Get, $"api/ballots/{ballotId}/count-record");

    public Task<CountRecordView> SignCountRecordAsync(int ballotId) => Send<CountRecordView>(HttpMethod.Post, $"api/ballots/{ballotId}/signatures");

    public Task<NoticeView> PublishAsync(int ballotId) => Send<NoticeView>(HttpMethod.Post, $"api/ballots/{ballotId}/publish");

    public Task<NoticePreviewView> NoticePreviewAsync(int ballotId) =>
        Send<NoticePreviewView>(HttpMethod.Get, $"api/ballots/{ballotId}/notice-preview");

    public Task<List<NoticeView>> NoticesAsync(int sittingId) => Send<List<NoticeView>>(HttpMethod.Get, $"api/sittings/{sittingId}/notices");

    /// <summary>The hall's venue servers, in the order a tablet tries them (this server's own URL among them).</summary>
    public Task<ServerListView> ServersAsync() => Send<ServerListView>(HttpMethod.Get, "api/servers");

    public Task<ServerKeyView> ServerKeyAsync() => Send<ServerKeyView>(HttpMethod.Get, "api/server-key");

    public Task<BallotResultView> HandCountAsync(int ballotId, HandCountRequest totals) =>
        Send<BallotResultView>(HttpMethod.Post, $"api/ballots/{ballotId}/hand-count", totals);

    public Task<ConfirmationView> RequestConfirmationAsync(int sittingId, ConfirmationRequest request) =>
        Send<ConfirmationView>(HttpMethod.Post, $"api/sittings/{sittingId}/confirmations", request);

    public Task<List<ConfirmationView>> ConfirmationsAsync(int sittingId) =>
        Send<List<ConfirmationView>>(HttpMethod.Get, $"api/sittings/{sittingId}/confirmations");

    public Task<ConfirmationView> ConfirmAsync(int confirmationId, string? note = null) =>
        Send<ConfirmationView>(HttpMethod.Post, $"api/confirmations/{confirmationId}/confirm", new ConfirmationDecision(note));

    public Task<ConfirmationView> DeclineAsync(int confirmationId, string? note = null) =>
        Send<ConfirmationView>(HttpMethod.Post, $"api/confirmations/{confirmationId}/decline", new ConfirmationDecision(note));

    /// <summary>
    /// The audit record, oldest first: a page at a time after the entry <paramref name="after"/>, or only its
    /// <paramref name="latest"/> entries.
    /// </summary>
    public Task<List<AuditEntryView>> AuditAsync(int? sittingId = null, long after = 0, int? latest = null) =>
        Send<List<AuditEntryView>>(HttpMethod.Get, $"api/audit?after={after}"
            + (sittingId is { } id ? $"&sittingId={id}" : "") + (latest is { } count ? $"&latest={count}" : ""));

    /// <summary>The whole audit record checked link by link (its hash chain).</summary>
    public Task<AuditChainView> VerifyAuditAsync() => Send<AuditChainView>(HttpMethod.Get, "api/audit/verify");

    /// <summary>A download (a notice's PDF, XLSX or JSON, a report) as bytes.</summary>
    public async Task<byte[]> DownloadAsync(string path)
    {
        using var response = await http.GetAsync(path.TrimStart('/'));
        await EnsureSuccess(response);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public Task<BallotResultView> ResultAsync(int ballotId) => Send<BallotResultView>(HttpMethod.Get, $"api/ballots/{ballotId}/result");

    private async Task<T> Send<T>(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body switch { null => null, HttpContent content => content, _ => JsonContent.Create(body, body.GetType(), options: Json) },
        };
        using var response = await http.SendAsync(request);
        await EnsureSuccess(response);
        if (response.StatusCode == System.Net.HttpStatusCode.NoContent) return default!;
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private static async Task EnsureSuccess(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return;
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            var problem = JsonSerializer.Deserialize<Problem>(text, Json);
            if (problem?.Code is { } code) throw new VenueException(code, problem.Title ?? "", (int)response.StatusCode, problem.Errors);
        }
        catch (JsonException) { }
        throw new VenueException("http-" + (int)response.StatusCode, text, (int)response.StatusCode);
    }

    private sealed record Problem(string? Code, string? Title, List<RosterRowError>? Errors);
}
