// Deputies' suggestions between sittings (docs/between-sittings.md), once for the deputy's phone and the staff pages:
// the wire values (src/Contracts/Suggestions.cs, never changed here), the Chinese shown for them, and a suggestion's
// rounds of handling as a list that reads the same on every page.
import { h } from './dom.js';

export const SuggestionState = Object.freeze({
  submitted: 'submitted',
  handling: 'handling',
  answered: 'answered',
  rehandling: 'rehandling',
  closed: 'closed',
});

/** As the server's stateLabel words them (Suggestions/SuggestionMapping.cs), for the lists that filter by state. */
export const stateLabels = {
  [SuggestionState.submitted]: '待交办',
  [SuggestionState.handling]: '办理中',
  [SuggestionState.answered]: '已答复，待代表评价',
  [SuggestionState.rehandling]: '重新办理中',
  [SuggestionState.closed]: '已办结',
};

/** The class of an answer in words (docs/rules.md "Between sittings"). */
export const answerClasses = [
  { code: 'A', label: 'A类（已解决或采纳）' },
  { code: 'B', label: 'B类（正在解决或列入计划）' },
  { code: 'C', label: 'C类（因条件限制暂不能解决，留作参考）' },
];

export const answerClassLabel = (code) => answerClasses.find((c) => c.code === code)?.label ?? code;

export const Rating = Object.freeze({
  satisfied: 'satisfied',
  basicallySatisfied: 'basically-satisfied',
  dissatisfied: 'dissatisfied',
});

export const ratings = [
  { code: Rating.satisfied, label: '满意' },
  { code: Rating.basicallySatisfied, label: '基本满意' },
  { code: Rating.dissatisfied, label: '不满意' },
];

export const ratingLabel = (code) => ratings.find((r) => r.code === code)?.label ?? code;

/** 2027年6月1日, from the wire's 2027-06-01 (a date in China, no time of day). */
export function dateText(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const chinaDay = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** 2027年3月1日: the day in China of a moment, such as when a suggestion was submitted. */
export function dayText(moment) {
  const parts = chinaDay.formatToParts(new Date(moment));
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日`;
}

/** 「还剩12天」, 「今天到期」 or 「已超期8天」, from a reminder's daysLeft. */
export function daysLeftText(daysLeft) {
  if (daysLeft > 0) return `还剩${daysLeft}天`;
  if (daysLeft === 0) return '今天到期';
  return `已超期${-daysLeft}天`;
}

/** The round still waiting for its answer, if any. */
export const openRound = (suggestion) => suggestion.rounds.find((r) => !r.answeredOn) ?? null;

/** The answered round still waiting for the deputy's rating, if any. */
export const roundToRate = (suggestion) => suggestion.rounds.find((r) => r.answeredOn && !r.rating) ?? null;

/**
 * A suggestion's rounds of handling: for each, who handles it, the deadline, the answer with its class in words and
 * the deputy's rating with the comment. `level` is the heading level of each round (the page's outline decides).
 */
export function roundsView(suggestion, level = 3) {
  if (!suggestion.rounds.length) return h('p', { class: 'rounds-none' }, '尚未交办承办单位。');
  return h(
    'ol',
    { class: 'rounds' },
    suggestion.rounds.map((round) =>
      h(
        'li',
        { class: 'round', 'data-round': round.round },
        h(`h${level}`, {}, round.round === 1 ? '第一次办理' : '第二次办理（重新办理）'),
        h('dl', { class: 'round-facts' }, roundFacts(suggestion, round)),
      ),
    ),
  );
}

function roundFacts(suggestion, round) {
  const facts = [
    [round.round === 1 ? '交办日期' : '退回重新办理', dateText(round.assignedOn)],
    ['主办单位', suggestion.leadDepartment],
    ['会办单位', suggestion.coDepartments.length ? suggestion.coDepartments.join('、') : '无'],
    ['答复期限', dateText(round.dueOn)],
  ];
  if (!round.answeredOn) {
    facts.push(['答复', '承办单位尚未答复']);
  } else {
    facts.push(
      ['答复日期', dateText(round.answeredOn)],
      ['答复类别', h('strong', {}, answerClassLabel(round.class))],
      ['答复内容', h('span', { class: 'answer-text' }, round.answer)],
    );
    facts.push(
      round.rating
        ? ['代表评价', [h('strong', {}, ratingLabel(round.rating)), `（${dateText(round.ratedOn)}）`]]
        : ['代表评价', '尚未评价'],
    );
    if (round.comment) facts.push(['评价意见', h('span', { class: 'answer-text' }, round.comment)]);
  }
  return facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value)));
}
