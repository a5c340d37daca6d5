// What the hall sees: the sitting, the attendance sentence, the ballots being voted on with their progress, and
// after a close the result as a table and a bar chart with the announcement. Figures only, no controls.
import { fill, h } from '/js/common/dom.js';
import { CountedBy, isAppraisalKind, isMotionKind, kindLabels, paperOf, roundLabel } from '/js/common/ballots.js';
import { resultTable } from '../results.js';
import { barChart } from './bars.js';

export function renderHeader(element, sitting, attendance) {
  fill(
    element,
    h('h1', { class: 'sitting' }, sitting?.name ?? ''),
    attendance
      ? h(
          'p',
          { class: `attendance ${attendance.quorumMet ? 'met' : 'not-met'}`, 'data-role': 'attendance-sentence' },
          attendance.sentence,
        )
      : null,
  );
}

export function renderBody(element, { open, progress, result, attendance }) {
  const voting = [...open.values()].map((ballot) => votingBlock(ballot, progress.get(ballot.id)));
  if (result)
    return fill(element, resultBlock(result), voting.length ? h('div', { class: 'voting-strip' }, voting) : null);
  if (voting.length === 1) return fill(element, voting, itemList([...open.values()][0]));
  if (voting.length) return fill(element, h('div', { class: 'voting-strip' }, voting));
  fill(
    element,
    h(
      'div',
      { class: 'idle' },
      attendance
        ? h(
            'div',
            { class: 'figures' },
            [
              ['应到', attendance.expected],
              ['实到', attendance.present],
              ['请假', attendance.onLeave],
              ['缺席', attendance.absent],
            ].map(([label, value]) => h('div', { class: 'figure' }, h('span', { class: 'value' }, value), label)),
          )
        : null,
      h('p', {}, '请各位代表就座，表决即将开始。'),
    ),
  );
}

function votingBlock(ballot, progress) {
  const { issued = 0, cast = 0 } = progress ?? {};
  return h(
    'section',
    { class: 'voting', 'data-ballot': ballot.id },
    h('p', { class: 'kind' }, [kindLabels[ballot.kind], roundLabel(ballot)].filter(Boolean).join(' · ')),
    h('h2', {}, ballot.title),
    h('p', { class: 'state' }, '正在表决'),
    h('p', { class: 'progress-counts', 'data-role': 'progress' }, `已投 ${cast} / 应投 ${issued}`),
    h('div', { class: 'progress-track' }, h('span', { style: `width: ${issued ? (100 * cast) / issued : 0}%` })),
  );
}

/** What the one open ballot is about: its candidate projects or appraisal targets. */
function itemList(ballot) {
  if (isMotionKind(ballot.kind)) return null;
  return h(
    'ul',
    { class: 'items', style: `--count: ${ballot.items.length}` },
    ballot.items.map((item) =>
      h('li', {}, item.name, item.budgetWan !== null ? h('span', { class: 'budget' }, `${item.budgetWan}万元`) : null),
    ),
  );
}

function resultBlock(result) {
  const figures = [`发出${paperOf(result.kind)} ${result.issued}`, `收回 ${result.returned}`];
  if (!isAppraisalKind(result.kind)) figures.push(`有效 ${result.valid}`, `无效 ${result.invalid}`);
  return h(
    'section',
    { class: 'result', style: `--rows: ${Math.max(result.items.length, 3)}` },
    h(
      'p',
      { class: 'kind' },
      [kindLabels[result.kind], roundLabel(result), result.countedBy === CountedBy.byHand ? '人工计票' : '']
        .filter(Boolean)
        .join(' · '),
    ),
    h('h2', {}, `表决结果：${result.title}`),
    h('p', { class: 'result-figures' }, figures.join('　')),
    h('div', { class: 'result-body' }, resultTable(result, { caption: '得票情况' }), barChart(result)),
    h('p', { class: 'announcement', 'data-role': 'announcement' }, result.announcement),
  );
}
