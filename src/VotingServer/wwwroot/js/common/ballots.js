// The ballot vocabulary of docs/protocol.md, once for the tablet and every page: the wire values (as in
// src/Contracts/Kinds.cs; never changed here) and the Chinese shown for them, worded as the server's results say it.

export const Kind = Object.freeze({
  projectSelection: 'project-selection',
  projectApproval: 'project-approval',
  satisfaction: 'satisfaction',
  appraisal: 'appraisal',
  motion: 'motion',
});

/**
 * What each kind is, for the renderers: they branch on its shape and traits, never on a kind's code, so that a new
 * kind of an existing shape is one entry here (and its descriptor in the server's Ballots/Kinds). Shapes: selection
 * (marks up to N projects), approval (赞成/反对/弃权 per project), appraisal (a level per target), motion (one item).
 */
const kinds = {
  [Kind.projectSelection]: {
    label: '民生实事项目票决（差额票决）',
    shape: 'selection',
    instruction: (b) => `请从下列${b.items.length}个项目中选择不超过${b.places}个，可以少选或不选。`,
  },
  [Kind.projectApproval]: {
    label: '民生实事项目票决（逐项表决）',
    shape: 'approval',
    instruction: () => `请对每个项目选择${approvalChoice}。`,
  },
  [Kind.satisfaction]: {
    label: '满意度测评',
    shape: 'appraisal',
    defaultScale: 'satisfaction',
    allowsNamed: true,
    instruction: () => '请对每个测评对象选择一项评价。',
  },
  [Kind.appraisal]: {
    label: '民主测评 / 述职评议',
    shape: 'appraisal',
    defaultScale: 'competence',
    instruction: () => '请对每个测评对象选择一项评价。',
  },
  [Kind.motion]: { label: '表决', shape: 'motion', instruction: () => `请选择${approvalChoice}。` },
};

const itemHeadings = { selection: '项目', approval: '项目', appraisal: '测评对象', motion: '表决事项' };

export const kindLabels = Object.fromEntries(Object.entries(kinds).map(([code, kind]) => [code, kind.label]));

const shapeOf = (kind) => kinds[kind]?.shape;

/** Projects compete for N places: adopted, ranked, run-offs and shortfalls. */
export const isProjectKind = (kind) => ['selection', 'approval'].includes(shapeOf(kind));
/** Per project 赞成 / 反对 / 弃权. */
export const isApprovalKind = (kind) => shapeOf(kind) === 'approval';
/** Targets rated on a scale: rates, grades, the 整改 list. */
export const isAppraisalKind = (kind) => shapeOf(kind) === 'appraisal';
/** One item, passed or not. */
export const isMotionKind = (kind) => shapeOf(kind) === 'motion';
/** A cast marks up to N items instead of choosing an option on each. */
export const marksItems = (kind) => shapeOf(kind) === 'selection';
/** What the items are called in a table's heading. */
export const itemHeading = (kind) => itemHeadings[shapeOf(kind)] ?? '项目';
/** What a deputy is asked to do on the ballot. */
export const instructionFor = (ballot) => kinds[ballot.kind]?.instruction(ballot) ?? '';
/** The scale a new appraisal of this kind starts with. */
export const defaultScaleOf = (kind) => kinds[kind]?.defaultScale;
/** Whether this kind may be a named rating of one's own suggestion (the one named vote). */
export const allowsNamed = (kind) => kinds[kind]?.allowsNamed === true;

export const BallotState = Object.freeze({ draft: 'draft', open: 'open', closed: 'closed' });

export const stateLabels = {
  [BallotState.draft]: '未开始',
  [BallotState.open]: '表决中',
  [BallotState.closed]: '已结束',
};

/** The options of a per-item 票决 and of a motion, as the server sends them (Ballots/BallotOptions.cs). */
export const Approval = Object.freeze({ for: 'for', against: 'against', abstain: 'abstain' });

export const approvalOptions = [
  { code: Approval.for, label: '赞成' },
  { code: Approval.against, label: '反对' },
  { code: Approval.abstain, label: '弃权' },
];

/** 赞成、反对或弃权 */
export const approvalChoice = approvalOptions
  .map((option, i) => (i === 0 ? '' : i === approvalOptions.length - 1 ? '或' : '、') + option.label)
  .join('');

export const Scale = Object.freeze({
  satisfaction: 'satisfaction',
  satisfactionWithUnknown: 'satisfaction-with-unknown',
  competence: 'competence',
});

const satisfactionLevels = ['满意', '基本满意', '不满意'];

/** The levels of each appraisal scale, best first (src/Tally/Appraisal.cs). */
export const scaleLabels = {
  [Scale.satisfaction]: satisfactionLevels.join(' / '),
  [Scale.satisfactionWithUnknown]: [...satisfactionLevels, '不了解'].join(' / '),
  [Scale.competence]: ['优秀', '称职', '基本称职', '不称职'].join(' / '),
};

export const PassRule = Object.freeze({ majorityOfAllDeputies: 'majority-of-all-deputies', plurality: 'plurality' });

export const passRuleLabels = {
  [PassRule.majorityOfAllDeputies]: '赞成票超过全体代表的半数',
  [PassRule.plurality]: '按得票多少（不设过半数）',
};

export const GradeDenominator = Object.freeze({ allCurrentMembers: 'all-current-members', validVotes: 'valid-votes' });

export const gradeDenominatorLabels = {
  [GradeDenominator.allCurrentMembers]: '全体代表',
  [GradeDenominator.validVotes]: '该对象的有效票',
};

/** A deputy's rating of the handling of their own suggestion: the one vote that may be named. */
export const suggestionHandling = 'suggestion-handling';

/** A project's outcome, as the notices print it (Publication/NoticeTable.cs). */
export const outcomeLabels = {
  adopted: '确定为民生实事项目',
  'run-off-needed': '得票相等，需再次投票',
  'passed-not-adopted': '达到通过票数，未进入应选名额',
  'not-passed': '未获通过',
};

/** What a result asks of the presidium (ResultFlags in src/Contracts/Kinds.cs). */
export const Flag = Object.freeze({
  runOffNeeded: 'run-off-needed',
  shortfall: 'shortfall',
  exactThreshold: 'exact-threshold',
});

/** How a later round follows an earlier ballot, in the words of the run-off sentence (src/Tally). */
const relationLabels = {
  'run-off': '就得票相等的项目再次投票',
  'further-ballot': '就其余项目再次票决',
  repeat: '重新投票',
};

/** The presidium's choice on a shortfall, in the words of the shortfall sentence (Tallying/ProjectCounts.cs). */
export const Decision = Object.freeze({
  leaveShort: 'leave-short',
  furtherBallot: 'further-ballot',
  carryOver: 'carry-over',
});

export const decisionLabels = {
  [Decision.leaveShort]: '保留现有结果',
  [Decision.furtherBallot]: '就其余项目再次票决',
  [Decision.carryOver]: '提交下次会议',
};

export const CountedBy = Object.freeze({ electronic: 'electronic', byHand: 'by-hand' });

export const countedByLabels = { [CountedBy.electronic]: '电子表决系统计票', [CountedBy.byHand]: '纸质选票，人工计票' };

/** 第2轮 · 就得票相等的项目再次投票, or nothing for a first round. */
export const roundLabel = (ballot) =>
  ballot.round > 1 ? [`第${ballot.round}轮`, relationLabels[ballot.relation]].filter(Boolean).join(' · ') : '';

/** 测评表 for appraisals, 表决票 for the rest: what was issued and returned. */
export const paperOf = (kind) => (isAppraisalKind(kind) ? '测评表' : '表决票');

/** An appraisal target's grade as the notices print it: decided by the presidium, awaiting its decision, or none. */
export function gradeText(result, item) {
  const decided = (result.gradeDecisions ?? []).find((d) => d.itemId === item.itemId);
  if (decided) return `${decided.gradeLabel}（主席团决定）`;
  if (item.exactThreshold) return '待主席团决定';
  return item.gradeLabel ?? '未评定';
}
