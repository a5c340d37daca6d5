// A ballot's settings in the words people use (src/Tally/Wording.cs): the grade threshold as a share said aloud,
// and the whole of a ballot's settings in one or two sentences for the agenda's details.
import {
  isAppraisalKind,
  isApprovalKind,
  isMotionKind,
  isProjectKind,
  passRuleLabels,
  scaleLabels,
  suggestionHandling,
} from '/js/common/ballots.js';

/** The shares Wording.Of(Fraction) names; any other fraction is written n/d. */
const shares = { '1/2': '二分之一', '2/3': '三分之二', '3/4': '四分之三' };

/** The thresholds offered by name, most usual first: value n/d → how the chair says it. */
export const thresholdChoices = [
  ['1/2', '过半数（超过二分之一）'],
  ['2/3', '超过三分之二'],
  ['3/4', '超过四分之三'],
];

/** 二分之一, 三分之二, 四分之三 or 3/5. */
export const shareWords = (fraction) => shares[fraction] ?? fraction;

/** The ballot's settings as sentences, for whoever checks it before it is opened. */
export function settingsWords(ballot) {
  const s = ballot.settings ?? {};
  const count = ballot.items.length;
  const words = [];
  if (isProjectKind(ballot.kind)) {
    words.push(
      isApprovalKind(ballot.kind)
        ? `对${count}个候选项目逐项表决（赞成、反对、弃权），应选${s.places}项。`
        : `从${count}个候选项目中选择不超过${s.places}个（差额票决，应选${s.places}项）。`,
    );
    words.push(`通过规则：${passRuleLabels[s.passRule] ?? s.passRule}。`);
  } else if (isAppraisalKind(ballot.kind)) {
    words.push(`${count}个测评对象，测评档次：${scaleLabels[s.scale] ?? s.scale}。`);
    const base = s.gradeDenominator === 'valid-votes' ? '该对象有效票数' : '全体代表人数';
    const half = s.gradeThreshold === '1/2' ? '（过半数）' : '';
    words.push(`等次门槛：得票须超过${base}的${shareWords(s.gradeThreshold)}${half}；恰好等于时由主席团决定等次。`);
  } else if (isMotionKind(ballot.kind)) {
    words.push(`赞成、反对、弃权选一；${passRuleLabels[s.passRule] ?? '赞成票超过全体代表的半数'}即为通过。`);
  }
  words.push(
    s.purpose === suggestionHandling
      ? `代表对本人所提建议办理情况的评价，${ballot.secret ? '无记名投票' : '记名投票'}。`
      : '无记名投票。',
  );
  return words;
}
