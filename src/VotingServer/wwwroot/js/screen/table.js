// The result table as the hall reads it: only the rows of the page being shown, figures in large type that never
// wrap, the outcome of each project as a verdict, and the category in the caption when every row shares it.
import { h } from '/js/common/dom.js';
import { isAppraisalKind, isProjectKind, outcomeLabels } from '/js/common/ballots.js';
import { countCells, countHeaders, grade } from '../results.js';
import { projectBar } from './bars.js';

/** The bar scale of a project result: all current deputies, or the most votes when there is no majority floor. */
const scaleOf = (result) =>
  result.passThreshold ? result.currentDeputies : Math.max(1, ...result.items.map((i) => i.votes ?? 0));

export function screenTable(result, start, end) {
  const appraisal = isAppraisalKind(result.kind);
  const projects = isProjectKind(result.kind);
  const groupNames = [...new Set(result.items.map((item) => item.group))];
  const sharedGroup = groupNames.length === 1 ? groupNames[0] : '';
  const groups = !sharedGroup && result.items.some((item) => item.group);
  const caption = sharedGroup ? `得票情况（${sharedGroup}）` : '得票情况';
  const scale = scaleOf(result);
  const headers = [
    countHeaders(result, groups),
    appraisal ? h('th', { scope: 'col' }, '测评等次') : null,
    projects ? h('th', { scope: 'col', class: 'bar-cell' }, h('span', { class: 'visually-hidden' }, '得票条')) : null,
    h('th', { scope: 'col', class: 'num' }, '名次'),
    projects ? h('th', { scope: 'col' }, '结果') : null,
  ];
  const rows = result.items
    .slice(start, end)
    .map((item) =>
      h(
        'tr',
        { 'data-item': item.itemId },
        countCells(result, item, groups),
        appraisal ? h('td', { class: `grade grade-${item.grade ?? 'none'}` }, grade(result, item)) : null,
        projects ? h('td', { class: 'bar-cell' }, projectBar(result, item, scale)) : null,
        h('td', { class: 'num' }, item.rank ?? '—'),
        projects ? h('td', { class: `outcome outcome-${item.outcome}` }, outcomeLabels[item.outcome] ?? '') : null,
      ),
    );
  return h(
    'table',
    { class: 'result-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers)),
    h('tbody', {}, rows),
  );
}
