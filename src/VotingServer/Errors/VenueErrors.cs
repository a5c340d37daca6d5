using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Errors;

/// <summary>Every error the server reports, with its Chinese wording, in one list.</summary>
public static class VenueErrors
{
    public static VenueError Unauthenticated() =>
        new(ErrorCodes.Unauthenticated, "请先出示凭证（扫描代表证上的二维码或输入凭证码）。", 401);

    public static VenueError CredentialUnknown() =>
        new(ErrorCodes.CredentialUnknown, "凭证码无效，请核对后重试，或联系大会秘书处。", 401);

    public static VenueError CredentialRevoked() =>
        new(ErrorCodes.CredentialRevoked, "该凭证已作废（可能已补发新凭证），请联系大会秘书处。", 401);

    public static VenueError DeputyNotCurrent() =>
        new(ErrorCodes.DeputyNotCurrent, "您的代表职务已暂停执行或代表资格已终止，不能签到和表决。", 403);

    public static VenueError Forbidden() => new(ErrorCodes.Forbidden, "您的凭证无权执行此操作。", 403);

    public static VenueError NotFound(string what) => new(ErrorCodes.NotFound, $"未找到{what}。", 404);

    public static VenueError Invalid(string message) => new(ErrorCodes.Invalid, message, 400);

    /// <summary>A body the server could not read; <paramref name="field"/> is the JSON path of the value at fault, when known.</summary>
    public static VenueError Unreadable(int status, string? field = null, long? limit = null) => new(ErrorCodes.Invalid, status switch
    {
        415 => "请求内容类型不受支持，请以 JSON（application/json）发送。",
        413 when limit is >= 1024 * 1024 => $"请求内容过大，超过服务器允许的上限（{limit / 1024 / 1024}MB）。",
        413 when limit is > 0 => $"请求内容过大，超过服务器允许的上限（{limit / 1024}KB）。",
        413 => "请求内容过大，超过服务器允许的上限。",
        _ when field is { Length: > 0 } and not "$" => $"请求内容无法解析：字段“{field.TrimStart('$', '.')}”的值不符合要求，请检查格式。",
        _ => "请求内容无法解析，请检查格式。",
    }, status);

    public static VenueError RosterInvalid(IReadOnlyList<RosterRowError> rows) =>
        new(ErrorCodes.RosterInvalid, $"代表名册有{rows.Count}处错误，未导入任何代表，请修改后重新导入。", 422, rows);

    /// <summary>A step of the suggestion cycle that the suggestion's state does not allow now.</summary>
    public static VenueError SuggestionState(string why) => new(ErrorCodes.SuggestionState, why, 409);

    public static VenueError SuggestionsInvalid(IReadOnlyList<RosterRowError> rows) =>
        new(ErrorCodes.SuggestionsInvalid, $"建议清单有{rows.Count}处错误，未导入任何建议，请修改后重新导入。", 422, rows);

    public static VenueError ProposalsInvalid(IReadOnlyList<RosterRowError> rows) =>
        new(ErrorCodes.ProposalsInvalid, $"项目建议清单有{rows.Count}处错误，未导入任何项目，请修改后重新导入。", 422, rows);

    public static VenueError TooManyRequests() =>
        new(ErrorCodes.TooManyRequests, "提交过于频繁，请稍后再试。", 429);

    /// <summary>A step of the 民生实事 cycle that the project's (or proposal's, or ballot's) state does not allow now.</summary>
    public static VenueError ProjectState(string why) => new(ErrorCodes.ProjectState, why, 409);

    public static VenueError RosterLocked() =>
        new(ErrorCodes.RosterLocked, "有表决正在进行，暂不能修改代表名册。", 409);

    /// <summary>A hall setting of the sitting (its term, 允许代表以个人代表证签到) asked to change after its first ballot opened.</summary>
    public static VenueError SittingSettingsLocked(string what) =>
        new(ErrorCodes.SittingSettingsLocked, $"本次会议已经开始表决，不能再{what}。", 409);

    /// <summary>A personal credential presented in the hall of a sitting that does not accept it.</summary>
    public static VenueError PersonalCredentialNotAccepted() =>
        new(ErrorCodes.PersonalCredentialNotAccepted,
            "本次会议未允许代表以个人代表证签到，请使用秘书处为本次会议发放的代表证。", 403);

    public static VenueError SignInNotUndoable(string deputyLabel) =>
        new(ErrorCodes.SignInNotUndoable,
            $"不能取消{deputyLabel}的签到：该代表已领取正在进行的表决的选票或已经投过票，取消签到会改变应投人数或计票。尚未投票的，可在表决结束后取消签到。", 409);

    public static VenueError QuorumNotMet(string threshold, string attendance) =>
        new(ErrorCodes.QuorumNotMet, $"不能开始表决：出席代表须超过应到代表的{threshold}。{attendance}", 409);

    public static VenueError BallotNotDraft() =>
        new(ErrorCodes.BallotNotDraft, "该表决已经开始过，不能再次开始；如需重新表决，请由主席团发起下一轮表决。", 409);

    /// <summary>An edit, removal or move of a ballot that has been opened: only drafts (未开始) may change.</summary>
    public static VenueError BallotNotEditable(string why) => new(ErrorCodes.BallotNotDraft, why, 409);

    public static VenueError BallotNotOpen() => new(ErrorCodes.BallotNotOpen, "该表决尚未开始或已经结束。", 409);

    public static VenueError BallotNotIssued() =>
        new(ErrorCodes.BallotNotIssued, "您没有领到本次表决票，请联系大会秘书处。", 403);

    public static VenueError AlreadyCast() => new(ErrorCodes.AlreadyCast, "您已经投过票，不能重复投票。", 409);

    public static VenueError UnknownItem() =>
        new(ErrorCodes.UnknownItem, "选票中有不在名单上的项目或测评对象，请重新选择。", 400);

    public static VenueError NamedNotAllowed() =>
        new(ErrorCodes.NamedNotAllowed, "只有代表对本人所提建议办理情况的评价可以记名，其他表决和测评一律无记名投票。", 400);

    public static VenueError NoDecisionNeeded(string what) => new(ErrorCodes.NoDecisionNeeded, what, 409);

    public static VenueError BallotNotClosed() => new(ErrorCodes.BallotNotClosed, "该表决尚未结束。", 409);

    public static VenueError TooManyMarks(int places) =>
        new(ErrorCodes.TooManyMarks, $"最多只能选择{places}个项目，请减少后再提交。", 400);

    public static VenueError Malformed(string what) => new(ErrorCodes.Malformed, $"选票格式不正确：{what}。", 400);

    /// <summary>A secret ballot's box key is kept wrapped for the sitting's scrutineers; with none there is nobody to hold it.</summary>
    public static VenueError NoScrutineerKeys() =>
        new(ErrorCodes.NoScrutineerKeys, "请先由秘书处指定监票人：无记名表决的票箱密钥须交监票人保管，未指定监票人不能开始表决。", 409);

    /// <summary>The server restarted while the ballot was open: its box key is not in memory until a scrutineer unseals it.</summary>
    public static VenueError BoxSealed() =>
        new(ErrorCodes.BoxSealed, "票箱已封存：服务器重启后，须由一名监票人在监票页面出示凭证启封票箱，才能结束表决并计票。", 409);

    /// <summary>A sealed row that does not open with the box key: it was changed on disk. Nothing is counted.</summary>
    public static VenueError BoxRowUnreadable() =>
        new(ErrorCodes.BoxSealed, "票箱中有一张表决票无法用票箱密钥启封（数据已被改动），不能计票。请立即报告监票人和主席团。", 409);

    public static VenueError UnsealRefused() =>
        new(ErrorCodes.UnsealRefused, "您的凭证不能启封该票箱：只有本次会议指定、且在表决开始时已持有有效凭证的监票人才能启封。", 403);

    public static VenueError NotDesignatedScrutineer() =>
        new(ErrorCodes.Forbidden, "您不是本次会议指定的监票人，不能签署计票记录。", 403);

    public static VenueError SignaturesMissing(string awaiting) =>
        new(ErrorCodes.SignaturesMissing, $"计票记录尚未由全部监票人签字（待签：{awaiting}），不能发布。", 409);

    public static VenueError AlreadyPublished(int number) =>
        new(ErrorCodes.AlreadyPublished, $"该表决结果已作为第{number}号公告发布，公告发布后不能更改。", 409);

    public static VenueError AlreadySigned() => new(ErrorCodes.AlreadySigned, "您已在该计票记录上签字。", 409);

    /// <summary>A scrutineer card issued before cards carried signing keys, or one whose key is not the one registered.</summary>
    public static VenueError SigningKeyNotRegistered() => new(ErrorCodes.SigningKeyNotRegistered,
        "您的监票人凭证没有登记签名密钥，不能用于签字：请秘书处经主席团确认后为您补发凭证，再用新凭证签字。", 409);

    /// <summary>A rule the database keeps unique (one run-off per ballot, one notice number…) refused a second write.</summary>
    public static VenueError ConfirmationRequired(string act) =>
        new(ErrorCodes.ConfirmationRequired, $"{act}须经主席团确认：请先提交确认申请，主席团确认后再操作。", 409);

    public static VenueError AlreadyRequested(string what) =>
        new(ErrorCodes.AlreadyRequested, $"{what}已在等待主席团确认或已确认，无需再次申请。", 409);

    public static VenueError AlreadyDecided() => new(ErrorCodes.AlreadyDecided, "主席团已对该申请作出决定。", 409);

    public static VenueError Conflict() =>
        new(ErrorCodes.Conflict, "该操作与同时进行的另一操作冲突，未被执行；请刷新页面后查看结果。", 409);

    public static VenueError HandCountInvalid(string why) => new(ErrorCodes.Invalid, $"人工计票数据有误：{why}", 400);

    public static VenueError ServerFull() =>
        new(ErrorCodes.ServerFull, "会场服务器连接数已满，请稍后重试或联系会务技术人员。", 503);

    /// <summary>A request other than GET or HEAD sent over plain HTTP, which is only for installing the venue CA.</summary>
    public static VenueError HttpsRequired(string httpsUrl) =>
        new(ErrorCodes.HttpsRequired, $"为保护凭证码和表决数据，此请求只能通过 HTTPS 发送，请改用 {httpsUrl}", 403);

    /// <summary>The disk holding the database is full: nothing of the request was saved.</summary>
    public static VenueError StorageFull() =>
        new(ErrorCodes.StorageFull, "会场服务器的存储空间已满，本次操作未能保存。请联系会务技术人员清理磁盘空间后重试。", 507);

    /// <summary>One client address or one credential already holds its share of the connections.</summary>
    public static VenueError TooManyConnections() =>
        new(ErrorCodes.TooManyConnections, "此设备或此凭证的连接数已达上限，请关闭多余的页面或设备后重试。", 429);

    public static VenueError TooManyAttempts() =>
        new(ErrorCodes.TooManyAttempts, "此设备输入错误凭证码的次数过多，请一分钟后再试，或联系大会秘书处。", 429);

    public static VenueError ShuttingDown() => new(ErrorCodes.Internal, "服务器正在关闭，请稍后重试。", 503);

    public static VenueError Internal() => new(ErrorCodes.Internal, "服务器内部错误，请联系会务技术人员。", 500);
}
