// A certified result (BallotResultView) as people read it: the figures, a table of every item's counts, and
// the announcement. Used by the presidium, the secretariat and the scrutineers alike.
import { h } from '/js/common/dom.js';
import {
  countedByLabels,
  gradeText,
  isAppraisalKind,
  isMotionKind,
  isProjectKind,
  itemHeading,
  marksItems,
  outcomeLabels,
  paperOf,
} from '/js/common/ballots.js';

/** 应到 / 发出 / 收回 / 有效 / 无效 (/ 未表决), how it was counted, and whether the vote is valid. */
export function resultFigures(result) {
  const paper = paperOf(result.kind);
  const pairs = [
    ['应到代表', `${result.currentDeputies}人`],
    [`发出${paper}`, `${result.issued}张`],
    [`收回${paper}`, `${result.returned}张`],
  ];
  if (!isAppraisalKind(result.kind)) pairs.push(['有效票', `${result.valid}张`], ['无效票', `${result.invalid}张`]);
  if (isMotionKind(result.kind)) pairs.push(['未表决', `${result.notVoting}人`]);
  pairs.push(['计票方式', countedByLabels[result.countedBy] ?? result.countedBy]);
  pairs.push(['本次表决', result.voteValid ? '有效' : '无效，应当重新投票']);
  return h(
    'dl',
    { class: 'figures-list' },
    pairs.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
  );
}

/** One row per item, one column per option, then what the rules make of it. */
export function resultTable(result, { caption } = {}) {
  const appraisal = isAppraisalKind(result.kind);
  const groups = result.items.some((item) => item.group);
  const headers = [
    countHeaders(result, groups),
    appraisal ? h('th', { scope: 'col' }, '测评等次') : null,
    appraisal || isProjectKind(result.kind) ? h('th', { scope: 'col', class: 'num' }, '名次') : null,
    appraisal ? null : h('th', { scope: 'col' }, '结果'),
  ];
  const rows = result.items.map((item) =>
    h(
      'tr',
      {},
      countCells(result, item, groups),
      appraisal ? h('td', {}, grade(result, item)) : null,
      appraisal || isProjectKind(result.kind) ? h('td', { class: 'num' }, item.rank ?? '—') : null,
      appraisal ? null : h('td', {}, outcome(result, item)),
    ),
  );
  return h(
    'table',
    { class: 'result-table' },
    h('caption', {}, caption ?? result.title),
    h('thead', {}, h('tr', {}, headers)),
    h('tbody', {}, rows),
  );
}

/**
 * The columns every result table begins with, here and on the big screen: the item, its category (when
 * <groups>), a count per option and, for an appraisal, the invalid marks and the first rate.
 */
export function countHeaders(result, groups) {
  const options = result.items[0]?.counts ?? [];
  const appraisal = isAppraisalKind(result.kind);
  return [
    h('th', { scope: 'col' }, itemHeading(result.kind)),
    groups ? h('th', { scope: 'col' }, '类别') : null,
    options.map((option) =>
      h('th', { scope: 'col', class: 'num' }, `${option.label}${marksItems(result.kind) ? '票' : ''}`),
    ),
    appraisal ? h('th', { scope: 'col', class: 'num' }, '无效') : null,
    appraisal ? h('th', { scope: 'col', class: 'num' }, `${result.items[0]?.rates[0]?.label ?? ''}率`) : null,
  ];
}

/** One item's cells under {@link countHeaders}. */
export function countCells(result, item, groups) {
  const appraisal = isAppraisalKind(result.kind);
  return [
    h('th', { scope: 'row' }, item.name),
    groups ? h('td', {}, item.group) : null,
    item.counts.map((count) => h('td', { class: 'num' }, count.count)),
    appraisal ? h('td', { class: 'num' }, item.invalid) : null,
    appraisal ? h('td', { class: 'num' }, `${item.rates[0]?.percent ?? '0.00'}%`) : null,
  ];
}

/** An item's grade in words, marked while the presidium has still to decide one exactly on the threshold. */
export function grade(result, item) {
  const text = gradeText(result, item);
  const pending = item.exactThreshold && !result.gradeDecisions?.some((d) => d.itemId === item.itemId);
  return pending ? h('span', { class: 'grade-pending' }, text) : text;
}

function outcome(result, item) {
  if (isMotionKind(result.kind)) return result.passed ? '通过' : '未通过';
  return outcomeLabels[item.outcome] ?? '';
}

/** The sentence the chair reads out (当场宣布). */
export const announcement = (result) =>
  h('p', { class: 'announcement', 'data-role': 'announcement' }, result.announcement);
